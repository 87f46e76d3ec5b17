// Every test process wires the modules as the entry points do.
import { registerModules } from '../../lib/server/modules.ts';

registerModules();
