/** The resources panel: one table per project and environment, with sync, health and change badges. */
import { changeBadge, healthBadge, syncBadge } from '../model/badges.js';
import type { StatusResource } from '../model/contract.js';
import { groupResources, type EnvironmentGroup, type ProjectGroup } from '../model/grouping.js';
import { badgeElement } from './badge.js';
import { byId, el, render } from './dom.js';

function row(r: StatusResource): HTMLTableRowElement {
  const change = changeBadge(r.change);
  return el(
    'tr',
    { 'data-address': r.address },
    el('th', { scope: 'row', 'data-label': 'Name' }, el('span', { class: 'res-name' }, r.name), el('span', { class: 'res-address' }, r.address)),
    el('td', { 'data-label': 'Kind' }, r.kind),
    el('td', { 'data-label': 'Sync' }, badgeElement(syncBadge(r.sync), 'Sync')),
    el('td', { 'data-label': 'Health' }, badgeElement(healthBadge(r.health), 'Health')),
    el('td', { 'data-label': 'Change' }, change ? badgeElement(change, 'Change') : el('span', { class: 'muted' }, 'none')),
  );
}

function environmentTable(project: ProjectGroup, env: EnvironmentGroup): HTMLElement {
  const title = project.project === null ? 'Team-wide' : env.environment === null ? 'Project-wide' : env.environment;
  const note = env.outOfSync > 0 ? `${env.outOfSync} not in sync` : 'all in sync';
  return el(
    'div',
    { class: 'env-group' },
    // the team-wide group has one environment-less table: its project heading says it all
    project.project === null
      ? el('p', { class: 'muted small' }, `${env.resources.length} · ${note}`)
      : el('h4', {}, title, ' ', el('span', { class: 'muted small' }, `· ${env.resources.length} · ${note}`)),
    el(
      'div',
      { class: 'table-wrap' },
      el(
        'table',
        { class: 'resources' },
        el('caption', { class: 'visually-hidden' }, `Resources of ${project.project ?? 'the team'}${env.environment ? `, environment ${env.environment}` : ''}`),
        el('thead', {}, el('tr', {}, ...['Name', 'Kind', 'Sync', 'Health', 'Change'].map((h) => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, ...env.resources.map(row)),
      ),
    ),
  );
}

/** Renders the grouped resources of `/api/v1/status`. */
export function renderResources(resources: readonly StatusResource[]): void {
  const groups = groupResources(resources);
  const host = byId('resources');
  if (groups.length === 0) {
    render(host, 'empty', el('p', { class: 'muted' }, 'No resources yet: the first plan has not finished.'));
    return;
  }
  render(
    host,
    JSON.stringify(groups),
    ...groups.map((p) =>
      el(
        'section',
        { class: 'project-group', 'aria-label': p.project === null ? 'Team-wide resources' : `Project ${p.project}` },
        el('h3', {}, p.project === null ? 'Team-wide' : `Project ${p.project}`),
        ...p.environments.map((e) => environmentTable(p, e)),
      ),
    ),
  );
}
