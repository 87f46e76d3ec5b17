// The workspace the user is looking at: global UI state, kept across reloads. Which workspaces
// exist, and the user's role in them, is server state (Apollo), never copied here.
import { create } from 'zustand';
import { persist } from 'zustand/middleware';

interface CurrentWorkspaceState {
  workspaceId: string | null;
  selectWorkspace(workspaceId: string): void;
  forgetWorkspace(): void;
}

export const useCurrentWorkspaceStore = create<CurrentWorkspaceState>()(
  persist(
    (set) => ({
      workspaceId: null,
      selectWorkspace: (workspaceId) => set({ workspaceId }),
      forgetWorkspace: () => set({ workspaceId: null }),
    }),
    { name: 'waymark:current-workspace', version: 1 },
  ),
);
