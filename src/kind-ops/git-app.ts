/**
 * The I/O operations of GitHub Apps (`/github-apps`, routes/api.php:282-285) and GitLab Apps
 * (`/gitlab-apps`, :289-292): team-wide, PATCHed and deleted by integer id, read back from the
 * list (there is no GET of one). Coolify refuses to delete an app applications still use (409
 * "This GitHub app is being used by N application(s). Please delete all applications first.",
 * GithubController.php:768-775, GitlabController.php:513-519); that refusal fails the step with
 * Coolify's message. Deleting a GitHub App also deletes its private key when nothing else uses
 * it (app/Models/GithubApp.php `booted`, deleting hook).
 */
import { teamLevelOps } from './team-level.js';

/** GitHub Apps: team-wide, keyed by id. */
export const GITHUB_APP_OPS = teamLevelOps('githubApp');

/** GitLab Apps: team-wide, keyed by id. */
export const GITLAB_APP_OPS = teamLevelOps('gitlabApp');
