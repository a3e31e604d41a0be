/**
 * SQLite databases (`POST /databases/sqlite`, Coolify 4.4 only: `release: '4.4.2'`). The rules
 * come from 4.4's StandaloneSqlite model and create_standalone_sqlites_table migration (the
 * 4.4 controller's create_database_sqlite runs them through the shared create path,
 * DatabasesController::create_database, with the allow-list of coolify-v4.4.2.json). Against
 * the 4.3.11 real these cases check that the route answers 404.
 */
import { defineCases } from '../case.js';
import { place, project } from './fixtures.js';

const MODEL = 'app/Models/StandaloneSqlite.php';

export default defineCases([
  {
    id: 'databases.create-sqlite.success',
    // StandaloneSqlite.php:72-79: the created hook adds the sqlite-data-<uuid> volume at /var/lib/sqlite
    source: `${MODEL}:72`,
    endpoint: 'POST /databases/sqlite',
    kind: 'success',
    release: '4.4.2',
    setup: [project],
    request: { call: 'POST /databases/sqlite', body: { ...place, name: '{{name}}-lite', sqlite_databases: 'app.sqlite,cache.sqlite', instant_deploy: false }, capture: { db: 'uuid' }, expect: { status: 201 } },
    readBack: [
      {
        call: 'GET /databases/{{db}}',
        expect: { status: 200, body: { name: '{{name}}-lite', sqlite_databases: 'app.sqlite,cache.sqlite', database_type: 'standalone-sqlite', is_public: false }, absent: ['internal_db_url', 'public_port'] },
        values: ['name', 'image', 'sqlite_databases', 'is_public', 'status'],
      },
    ],
  },
  {
    id: 'databases.create-sqlite.default-file',
    // create_standalone_sqlites_table migration:17 and :28: `database.sqlite` and the peakimages image
    source: 'database/migrations/create_standalone_sqlites_table.php:17',
    endpoint: 'POST /databases/sqlite',
    kind: 'rule',
    rule: 'without sqlite_databases the file list is `database.sqlite`, the image peakimages/sqlite',
    release: '4.4.2',
    setup: [project],
    request: { call: 'POST /databases/sqlite', body: { ...place, name: '{{name}}-lite', instant_deploy: false }, capture: { db: 'uuid' }, expect: { status: 201 } },
    readBack: [{ call: 'GET /databases/{{db}}', expect: { status: 200, body: { sqlite_databases: 'database.sqlite', image: 'peakimages/sqlite:3.53.4-v0.1.0' } } }],
  },
  {
    id: 'databases.create-sqlite.file-pattern',
    source: `${MODEL}:21`,
    endpoint: 'POST /databases/sqlite',
    kind: 'rule',
    rule: 'sqlite_databases must match DATABASES_PATTERN (comma-separated file names): 422',
    release: '4.4.2',
    setup: [project],
    request: { call: 'POST /databases/sqlite', body: { ...place, name: '{{name}}-lite', sqlite_databases: '../etc/passwd', instant_deploy: false }, expect: { status: 422, errors: ['sqlite_databases'] } },
  },
  {
    id: 'databases.create-sqlite.no-public-port',
    // the table has no public_port column (create_standalone_sqlites_table migration:30, only is_public)
    source: 'database/migrations/create_standalone_sqlites_table.php:30',
    endpoint: 'POST /databases/sqlite',
    kind: 'rule',
    rule: 'is_public, public_port and public_port_timeout are refused on SQLite (422), though on the shared allow-list',
    release: '4.4.2',
    setup: [project],
    request: { call: 'POST /databases/sqlite', body: { ...place, name: '{{name}}-lite', is_public: false, public_port: 5433, instant_deploy: false }, expect: { status: 422, errors: ['is_public', 'public_port'] } },
  },
]);
