/**
 * Storage variants beyond the per-owner success cases (applications.cases.ts,
 * sub-resources.cases.ts): file, directory and host-file mounts, their `fs_path`, the create
 * and update answers (which carry the owning resource Coolify loaded on the way), the service
 * sub-resource rules, and the type rules of create and update.
 */
import { defineCases, type CaseRequest } from '../case.js';
import { composeService, dockerImageApp, postgres, project } from './fixtures.js';

const API = 'app/Http/Controllers/Api';
const AC = `${API}/ApplicationsController.php`;
const DC = `${API}/DatabasesController.php`;
const SC = `${API}/ServicesController.php`;

const appFile: CaseRequest = { call: 'POST /applications/{{app}}/storages', body: { type: 'file', mount_path: '/etc/x.conf', content: 'hello' }, capture: { storage: 'uuid' } };
const appVolume: CaseRequest = { call: 'POST /applications/{{app}}/storages', body: { type: 'persistent', name: 'data', mount_path: '/data' }, capture: { storage: 'uuid' } };
const service = [project, { ...composeService, capture: { owner: 'uuid' } }, { call: 'GET /services/{{owner}}', capture: { sub: 'applications.0.uuid' } }];
const svcFile: CaseRequest = { call: 'POST /services/{{owner}}/storages', body: { type: 'file', mount_path: '/etc/s.conf', content: 'x', resource_uuid: '{{sub}}' }, capture: { storage: 'uuid' } };
const svcVolume: CaseRequest = { call: 'POST /services/{{owner}}/storages', body: { type: 'persistent', name: 'data', mount_path: '/data', resource_uuid: '{{sub}}' }, capture: { storage: 'uuid' } };

export default defineCases([
  {
    id: 'applications.storages-create.file', source: `${AC}:4994`, endpoint: 'POST /applications/{uuid}/storages', kind: 'success',
    rule: 'a file mount is stored under /data/coolify/applications/<app uuid> (confineFileMountPath); the answer carries the owning application as `resource`',
    setup: [project, dockerImageApp],
    request: { ...appFile, expect: { status: 201, body: { fs_path: '/data/coolify/applications/{{app}}/etc/x.conf', mount_path: '/etc/x.conf', content: 'hello', is_directory: false, service: null, 'resource.uuid': '{{app}}' } }, values: ['mount_path', 'content', 'is_directory', 'is_binary', 'is_too_large', 'service'] },
    readBack: [{ call: 'GET /applications/{{app}}/storages', selectIn: 'file_storages', select: { uuid: '{{storage}}' }, expect: { status: 200, body: { is_host_file: false, is_based_on_git: false } }, values: ['mount_path', 'content', 'is_directory', 'is_host_file', 'chown', 'chmod'] }],
  },
  {
    id: 'applications.storages-create.directory', source: `${AC}:4942`, endpoint: 'POST /applications/{uuid}/storages', kind: 'rule',
    rule: 'a directory mount keeps the fs_path it was given (a leading / added) and answers no content',
    setup: [project, dockerImageApp],
    request: { call: 'POST /applications/{{app}}/storages', body: { type: 'file', mount_path: '/srv/dir', is_directory: true, fs_path: 'srv/dir' }, expect: { status: 201, body: { fs_path: '/srv/dir', is_directory: true }, absent: ['content'] }, values: ['fs_path', 'mount_path', 'is_directory'] },
    readBack: [{ call: 'GET /applications/{{app}}/storages', expect: { status: 200, body: { 'file_storages.0.fs_path': '/srv/dir', 'file_storages.0.content': null } }, values: ['file_storages.0.fs_path', 'file_storages.0.is_directory'] }],
  },
  {
    id: 'applications.storages-create.host-file', source: `${AC}:4974`, endpoint: 'POST /applications/{uuid}/storages', kind: 'rule',
    rule: 'a host file mount is stored with is_host_file and no content; its answer carries no owning resource',
    setup: [project, dockerImageApp],
    request: { call: 'POST /applications/{{app}}/storages', body: { type: 'file', mount_path: '/etc/h.conf', is_host_file: true, fs_path: '/srv//h.conf' }, expect: { status: 201, body: { fs_path: '/srv/h.conf', is_host_file: true, content: null }, absent: ['resource', 'service'] }, values: ['fs_path', 'mount_path', 'is_host_file', 'content'] },
  },
  {
    id: 'applications.storages-create.directory-needs-fs-path', source: `${AC}:4928`, endpoint: 'POST /applications/{uuid}/storages', kind: 'rule',
    rule: 'a directory mount needs fs_path',
    setup: [project, dockerImageApp],
    request: { call: 'POST /applications/{{app}}/storages', body: { type: 'file', mount_path: '/srv/dir', is_directory: true }, expect: { status: 422, errors: ['fs_path'] }, values: ['errors'] },
  },
  {
    id: 'applications.storages-create.file-dot-segment', source: 'bootstrap/helpers/shared.php:263', endpoint: 'POST /applications/{uuid}/storages', kind: 'rule',
    rule: "a file mount path with a '.' or '..' segment is refused under mount_path",
    setup: [project, dockerImageApp],
    request: { call: 'POST /applications/{{app}}/storages', body: { type: 'file', mount_path: '/etc/../x.conf', content: 'x' }, expect: { status: 422, errors: ['mount_path'] }, values: ['errors'] },
    readBack: [{ call: 'GET /applications/{{app}}/storages', expect: { status: 200, body: { file_storages: [] } }, values: ['file_storages'] }],
  },
  {
    id: 'applications.storages-create.persistent-rejects-file-keys', source: `${AC}:4888`, endpoint: 'POST /applications/{uuid}/storages', kind: 'rule',
    rule: 'a persistent storage refuses the file-only keys (content, is_directory, is_host_file, fs_path)',
    setup: [project, dockerImageApp],
    request: { call: 'POST /applications/{{app}}/storages', body: { type: 'persistent', name: 'data', mount_path: '/data', content: 'x' }, expect: { status: 422, errors: ['content'] }, values: ['errors'] },
  },
  {
    id: 'applications.storages-update.file', source: `${AC}:4763`, endpoint: 'PATCH /applications/{uuid}/storages', kind: 'success',
    rule: "a file's content changes; the answer carries the owning application as `service` (LocalFileVolume::isReadOnlyVolume loaded it)",
    setup: [project, dockerImageApp, appFile],
    request: { call: 'PATCH /applications/{{app}}/storages', body: { uuid: '{{storage}}', type: 'file', content: 'bye' }, expect: { status: 200, body: { content: 'bye', fs_path: '/data/coolify/applications/{{app}}/etc/x.conf', 'service.uuid': '{{app}}' } }, values: ['content', 'mount_path'] },
    readBack: [{ call: 'GET /applications/{{app}}/storages', expect: { status: 200, body: { 'file_storages.0.content': 'bye' } }, values: ['file_storages.0.content'] }],
  },
  {
    id: 'applications.storages-update.wrong-type', source: `${AC}:4703`, endpoint: 'PATCH /applications/{uuid}/storages', kind: 'rule',
    rule: 'the storage is looked up in the table of `type`: a volume uuid with type file is not found',
    setup: [project, dockerImageApp, appVolume],
    request: { call: 'PATCH /applications/{{app}}/storages', body: { uuid: '{{storage}}', type: 'file', mount_path: '/data2' }, expect: { status: 404, message: 'Storage not found.' } },
  },
  {
    id: 'applications.storages-update.persistent-rejects-content', source: `${AC}:4728`, endpoint: 'PATCH /applications/{uuid}/storages', kind: 'rule',
    rule: 'updating a persistent storage refuses content',
    setup: [project, dockerImageApp, appVolume],
    request: { call: 'PATCH /applications/{{app}}/storages', body: { uuid: '{{storage}}', type: 'persistent', content: 'x' }, expect: { status: 422, errors: ['content'] }, values: ['errors'] },
  },
  {
    id: 'databases.storages-create.file', source: `${DC}:4244`, endpoint: 'POST /databases/{uuid}/storages', kind: 'success',
    rule: 'a database file mount is stored under /data/coolify/databases/<db uuid>; the answer carries the database as `resource`',
    setup: [project, { ...postgres, capture: { owner: 'uuid' } }],
    request: { call: 'POST /databases/{{owner}}/storages', body: { type: 'file', mount_path: '/etc/d.conf', content: 'x' }, expect: { status: 201, body: { fs_path: '/data/coolify/databases/{{owner}}/etc/d.conf', service: null, 'resource.uuid': '{{owner}}' } }, values: ['mount_path', 'content', 'service'] },
  },
  {
    id: 'services.storages-create.name-prefix', source: `${SC}:2517`, endpoint: 'POST /services/{uuid}/storages', kind: 'rule',
    rule: "a service volume is stored as \"<sub-application uuid>-<name>\" on that sub-application; the list names it by resource_uuid and resource_type 'application'",
    setup: service,
    request: { ...svcVolume, expect: { status: 201, body: { name: '{{sub}}-data', resource_type: 'App\\Models\\ServiceApplication' } }, values: ['mount_path', 'resource_type'] },
    readBack: [{ call: 'GET /services/{{owner}}/storages', expect: { status: 200, body: { 'persistent_storages.0.name': '{{sub}}-data', 'persistent_storages.0.resource_uuid': '{{sub}}', 'persistent_storages.0.resource_type': 'application' } }, values: ['persistent_storages.0.resource_type'] }],
  },
  {
    id: 'services.storages-create.resource-not-found', source: `${SC}:2496`, endpoint: 'POST /services/{uuid}/storages', kind: 'rule',
    rule: 'a service storage naming no sub-resource of the service: 404 "Service resource not found."',
    setup: service,
    request: { call: 'POST /services/{{owner}}/storages', body: { type: 'persistent', name: 'data', mount_path: '/data', resource_uuid: 'nosuchresourceuuid0000000' }, expect: { status: 404, message: 'Service resource not found.' } },
  },
  {
    id: 'services.storages-create.file', source: `${SC}:2614`, endpoint: 'POST /services/{uuid}/storages', kind: 'success',
    rule: "a service file mount is stored under /data/coolify/services/<service uuid>; the answer carries the sub-application as `resource`",
    setup: service,
    request: { ...svcFile, expect: { status: 201, body: { fs_path: '/data/coolify/services/{{owner}}/etc/s.conf', service: null, 'resource.uuid': '{{sub}}' } }, values: ['mount_path', 'content', 'service', 'resource_type', 'resource.name'] },
    readBack: [{ call: 'GET /services/{{owner}}/storages', expect: { status: 200, body: { 'file_storages.0.resource_uuid': '{{sub}}', 'file_storages.0.resource_type': 'application' } }, values: ['file_storages.0.mount_path', 'file_storages.0.content'] }],
  },
  {
    id: 'services.storages-update.preview-suffix', source: `${SC}:2834`, endpoint: 'PATCH /services/{uuid}/storages', kind: 'success',
    rule: 'a read-only service volume still takes is_preview_suffix_enabled; the answer carries no owning resource',
    setup: [...service, svcVolume],
    request: { call: 'PATCH /services/{{owner}}/storages', body: { uuid: '{{storage}}', type: 'persistent', is_preview_suffix_enabled: false }, expect: { status: 200, body: { is_preview_suffix_enabled: false }, absent: ['resource'] }, values: ['is_preview_suffix_enabled', 'resource_type'] },
    readBack: [{ call: 'GET /services/{{owner}}/storages', expect: { status: 200, body: { 'persistent_storages.0.is_preview_suffix_enabled': false } }, values: ['persistent_storages.0.is_preview_suffix_enabled'] }],
  },
  {
    id: 'services.storages-update.file', source: `${SC}:2854`, endpoint: 'PATCH /services/{uuid}/storages', kind: 'success',
    rule: "a service file's content changes; the answer carries the sub-application, with its service, as `service`",
    setup: [...service, svcFile],
    request: { call: 'PATCH /services/{{owner}}/storages', body: { uuid: '{{storage}}', type: 'file', content: 'yy' }, expect: { status: 200, body: { content: 'yy', 'service.uuid': '{{sub}}', 'service.service.uuid': '{{owner}}' } }, values: ['content', 'resource_type', 'service.name'] },
  },
]);
