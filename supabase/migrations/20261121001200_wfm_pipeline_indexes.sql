-- Pipelines, stale deals and learned step statistics read a workflow's projects step by step;
-- without this they would filter every project of the workspace.
create index projects_workflow_step_idx on wfm.projects (workflow_id, current_step_id);
