// @ts-nocheck
/* eslint-disable */
// GENERATED FILE, DO NOT EDIT. Source: schema/ado.coolify.schema.json.
// Rebuild with: node scripts/build-schema.mjs (test/schema checks this file is fresh).
import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
/** Validates a manifest document; on failure, `validate.errors` holds ajv's error objects. */
export const validate: ((data: unknown) => boolean) & { errors?: unknown } = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://ado-coolify.dev/schema/ado.coolify.schema.json","title":"ado-coolify manifest","description":"Desired state of a Coolify v4 instance for ado-coolify (`ado.coolify.yaml`). String fields may hold `${vars.X}`, `${env.X}`, `${secrets.X}` and resource references such as `${databases.postgres.internalUrl}`; fields with a fixed format (numbers, booleans, names, durations, memory sizes) may not.","type":"object","additionalProperties":false,"required":["version","projects"],"properties":{"version":{"description":"Manifest format version; only `1` exists.","const":1,"errorMessage":"must be `1` (the only manifest format version)"},"coolify":{"description":"Where Coolify is. The API token never lives in this file: it comes from COOLIFY_TOKEN.","type":"object","additionalProperties":false,"properties":{"url":{"description":"Base URL of the Coolify instance, e.g. `${env.COOLIFY_URL}`.","type":"string","minLength":1,"examples":["${env.COOLIFY_URL}","https://coolify.example.com"]}}},"defaults":{"description":"Placement and tagging defaults for every resource that does not set its own.","type":"object","additionalProperties":false,"properties":{"server":{"description":"Coolify server name used when a resource names none.","type":"string","minLength":1,"examples":["main"]},"destination":{"description":"Destination (Docker network) name, needed when the server has several.","type":"string","minLength":1},"tags":{"description":"Tags added to every application, database and service.","type":"array","items":{"description":"A Coolify tag. Coolify lower-cases tags and needs at least 2 characters.","type":"string","minLength":2,"maxLength":255,"pattern":"^[a-z0-9][a-z0-9._:-]*$","errorMessage":"must be a tag: at least 2 lower-case letters, digits, '.', '_', ':' or '-'"},"uniqueItems":true,"examples":[["team-core","critical"]]}}},"vars":{"description":"Plain variables, used as `${vars.NAME}` and overridable with `--var NAME=value`.","type":"object","propertyNames":{"description":"A manifest variable name, used as `${vars.NAME}`.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","errorMessage":"must be a variable name: letters, digits and '_', not starting with a digit"},"additionalProperties":{"description":"A plain value: string, number or boolean.","type":["string","number","boolean"]},"examples":[{"VERSION":"1.4.2"}]},"s3Storages":{"description":"Team-level S3 storages by name, referred to from backups.","type":"object","propertyNames":{"description":"Name of a resource (application, database, service, S3 storage, backup, task, storage): lower-case letters, digits, '_' and '-', starting with a letter or digit, at most 63 characters (a DNS label; no '.', which separates the parts of `${applications.NAME.host}`). It is the resource's Coolify name and part of its logical address (project/environment/kind/name), so keep it stable.","type":"string","minLength":1,"maxLength":63,"pattern":"^[a-z0-9][a-z0-9_-]*$","errorMessage":"must be a resource name: 1-63 lower-case letters, digits, '_' or '-', starting with a letter or digit"},"additionalProperties":{"description":"An S3-compatible storage target for backups (Coolify S3 storage).","type":"object","additionalProperties":false,"required":["endpoint","bucket","region","key","secret"],"properties":{"description":{"description":"Description (Coolify `description`).","type":"string","maxLength":255},"endpoint":{"description":"S3 endpoint URL (Coolify `endpoint`).","type":"string","minLength":1,"examples":["https://s3.eu-central-1.amazonaws.com"]},"bucket":{"description":"Bucket name (Coolify `bucket`).","type":"string","minLength":1},"region":{"description":"Region (Coolify `region`).","type":"string","minLength":1,"examples":["eu-central-1"]},"key":{"description":"Access key (Coolify `key`); use `${secrets.X}`.","type":"string","minLength":1,"examples":["${secrets.AWS_ACCESS_KEY_ID}"]},"secret":{"description":"Secret key (Coolify `secret`); use `${secrets.X}`.","type":"string","minLength":1,"examples":["${secrets.AWS_SECRET_ACCESS_KEY}"]},"protect":{"description":"Never delete this storage without `--allow-destroy`.","type":"boolean"}}}},"projects":{"description":"Projects by name (3-255 characters).","type":"object","propertyNames":{"description":"A Coolify project or environment name: 3-255 characters; letters, digits, spaces and - _ . @ / & ( ) # , : + (Coolify's NAME_PATTERN). Coolify rejects shorter names such as `qa`.","type":"string","minLength":3,"maxLength":255,"pattern":"^[\\p{L}\\p{M}\\p{N}\\s_.@/&()#,:+-]+$","errorMessage":"must be a Coolify name: 3-255 characters, letters, digits, spaces and - _ . @ / & ( ) # , : +"},"additionalProperties":{"description":"A Coolify project.","type":"object","additionalProperties":false,"required":["environments"],"properties":{"description":{"description":"Description (Coolify project `description`).","type":"string","maxLength":255},"sharedEnv":{"description":"Project shared variables (`{{project.KEY}}` in Coolify).","type":"object","propertyNames":{"description":"An environment variable name as Coolify accepts it: /^[A-Za-z_][A-Za-z0-9_.]*$/.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_.]*$","errorMessage":"must be an env var name: letters, digits, '_' and '.', not starting with a digit"},"additionalProperties":{"type":"string"}},"environments":{"description":"Environments by name (3-255 characters).","type":"object","propertyNames":{"description":"A Coolify project or environment name: 3-255 characters; letters, digits, spaces and - _ . @ / & ( ) # , : + (Coolify's NAME_PATTERN). Coolify rejects shorter names such as `qa`.","type":"string","minLength":3,"maxLength":255,"pattern":"^[\\p{L}\\p{M}\\p{N}\\s_.@/&()#,:+-]+$","errorMessage":"must be a Coolify name: 3-255 characters, letters, digits, spaces and - _ . @ / & ( ) # , : +"},"additionalProperties":{"description":"An environment inside a project (Coolify environment). `production` exists in every Coolify project.","type":"object","additionalProperties":false,"properties":{"description":{"description":"Description (Coolify environment `description`).","type":"string","maxLength":255},"sharedEnv":{"description":"Environment shared variables (`{{environment.KEY}}` in Coolify).","type":"object","propertyNames":{"description":"An environment variable name as Coolify accepts it: /^[A-Za-z_][A-Za-z0-9_.]*$/.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_.]*$","errorMessage":"must be an env var name: letters, digits, '_' and '.', not starting with a digit"},"additionalProperties":{"type":"string"}},"databases":{"description":"Standalone databases by name.","type":"object","propertyNames":{"description":"Name of a resource (application, database, service, S3 storage, backup, task, storage): lower-case letters, digits, '_' and '-', starting with a letter or digit, at most 63 characters (a DNS label; no '.', which separates the parts of `${applications.NAME.host}`). It is the resource's Coolify name and part of its logical address (project/environment/kind/name), so keep it stable.","type":"string","minLength":1,"maxLength":63,"pattern":"^[a-z0-9][a-z0-9_-]*$","errorMessage":"must be a resource name: 1-63 lower-case letters, digits, '_' or '-', starting with a letter or digit"},"additionalProperties":{"description":"A standalone Coolify database. Which fields are allowed depends on `type`.","type":"object","additionalProperties":false,"required":["type"],"properties":{"description":{"description":"Description (Coolify `description`).","type":"string","maxLength":255},"server":{"description":"Coolify server name; defaults to `defaults.server`.","type":"string","minLength":1},"destination":{"description":"Destination (Docker network) name; defaults to `defaults.destination`. Needed when the server has several.","type":"string","minLength":1},"tags":{"description":"Tags (Coolify `tags`), added to `defaults.tags`.","type":"array","items":{"description":"A Coolify tag. Coolify lower-cases tags and needs at least 2 characters.","type":"string","minLength":2,"maxLength":255,"pattern":"^[a-z0-9][a-z0-9._:-]*$","errorMessage":"must be a tag: at least 2 lower-case letters, digits, '.', '_', ':' or '-'"},"uniqueItems":true,"examples":[["team-core","critical"]]},"dependsOn":{"description":"Names of resources in the same environment that must be applied first (references such as `${databases.x.internalUrl}` add dependencies by themselves).","type":"array","items":{"description":"Name of a resource (application, database, service, S3 storage, backup, task, storage): lower-case letters, digits, '_' and '-', starting with a letter or digit, at most 63 characters (a DNS label; no '.', which separates the parts of `${applications.NAME.host}`). It is the resource's Coolify name and part of its logical address (project/environment/kind/name), so keep it stable.","type":"string","minLength":1,"maxLength":63,"pattern":"^[a-z0-9][a-z0-9_-]*$","errorMessage":"must be a resource name: 1-63 lower-case letters, digits, '_' or '-', starting with a letter or digit"},"uniqueItems":true},"protect":{"description":"Never delete this resource without `--allow-destroy`.","type":"boolean"},"ignoreChanges":{"description":"Manifest field paths whose live changes are tolerated (no drift, no update), e.g. `image`, `env.FEATURE_FLAG`, `limits.memory`.","type":"array","items":{"type":"string","minLength":1},"uniqueItems":true,"examples":[["image","env.FEATURE_FLAG"]]},"type":{"description":"Database engine; picks the Coolify create endpoint `/databases/{type}`.","enum":["postgresql","mysql","mariadb","mongodb","redis","keydb","dragonfly","clickhouse"]},"image":{"description":"Docker image (Coolify `image`); Coolify's default for the engine when unset.","type":"string","minLength":1,"pattern":"^\\S+$","errorMessage":"must be an image reference without spaces","examples":["postgres:16-alpine","redis:7-alpine"]},"database":{"description":"Database name (Coolify `postgres_db`, `mysql_database`, `mariadb_database`, `mongo_initdb_database`). postgresql, mysql, mariadb and mongodb only.","type":"string","minLength":1},"user":{"description":"User name (Coolify `postgres_user`, `mysql_user`, `mariadb_user`, `mongo_initdb_root_username`, `clickhouse_admin_user`). Not for redis, keydb, dragonfly.","type":"string","minLength":1},"password":{"description":"Password (Coolify `*_password`); use `${secrets.X}`. Left out, Coolify generates one, which is never diffed.","type":"string","minLength":1,"examples":["${secrets.POSTGRES_PASSWORD}"]},"rootPassword":{"description":"Root password (Coolify `mysql_root_password`, `mariadb_root_password`); mysql and mariadb only.","type":"string","minLength":1},"conf":{"description":"Engine configuration file content (Coolify `*_conf`, sent base64-encoded). Not for dragonfly and clickhouse.","type":"string"},"initdbArgs":{"description":"Arguments for initdb (Coolify `postgres_initdb_args`); postgresql only.","type":"string"},"hostAuthMethod":{"description":"pg_hba host auth method (Coolify `postgres_host_auth_method`); postgresql only.","type":"string","examples":["scram-sha-256"]},"public":{"description":"Expose the database on the server's public port (Coolify `is_public`); needs `publicPort`.","type":"boolean"},"publicPort":{"description":"Public port, 1024-65535 (Coolify `public_port`).","type":"integer","minimum":1024,"maximum":65535},"publicPortTimeout":{"description":"Idle timeout of the public proxy in seconds (Coolify `public_port_timeout`).","type":"integer","minimum":1},"limits":{"description":"Resource limits (Coolify `limits_*`).","type":"object","additionalProperties":false,"properties":{"cpus":{"description":"CPU count (Coolify `limits_cpus`), e.g. 2 or \"1.5\".","type":["number","string"],"exclusiveMinimum":0,"pattern":"^[0-9]+(\\.[0-9]+)?$","errorMessage":"must be a positive CPU count such as 2 or \"1.5\"","examples":[2,"1.5"]},"memory":{"description":"Memory limit (Coolify `limits_memory`), e.g. `2048M`, `2g`.","type":"string","pattern":"^[0-9]+[bkmgBKMG]?$","errorMessage":"must be a memory size such as `512M`, `2g` or `2048M`","examples":["512M","2g","2048M"]},"memorySwap":{"description":"Memory plus swap limit (Coolify `limits_memory_swap`).","type":"string","pattern":"^[0-9]+[bkmgBKMG]?$","errorMessage":"must be a memory size such as `512M`, `2g` or `2048M`","examples":["512M","2g","2048M"]},"memorySwappiness":{"description":"Swappiness 0-100 (Coolify `limits_memory_swappiness`).","type":"integer","minimum":0,"maximum":100},"memoryReservation":{"description":"Soft memory limit (Coolify `limits_memory_reservation`).","type":"string","pattern":"^[0-9]+[bkmgBKMG]?$","errorMessage":"must be a memory size such as `512M`, `2g` or `2048M`","examples":["512M","2g","2048M"]},"cpuset":{"description":"CPUs the containers may run on (Coolify `limits_cpuset`), e.g. `0-3` or `0,2`.","type":"string","pattern":"^[0-9]+(?:[-,][0-9]+)*$","errorMessage":"must be a CPU set such as `0-3` or `0,2`"},"cpuShares":{"description":"Relative CPU weight (Coolify `limits_cpu_shares`, Docker default 1024).","type":"integer","minimum":2}}},"healthCheck":{"description":"Health check (Coolify `health_check_*`).","type":"object","additionalProperties":false,"properties":{"enabled":{"description":"Whether the health check runs (Coolify `health_check_enabled`).","type":"boolean"},"interval":{"description":"Seconds between checks (Coolify `health_check_interval`).","type":"integer","minimum":1},"timeout":{"description":"Seconds before a check counts as failed (Coolify `health_check_timeout`).","type":"integer","minimum":1},"retries":{"description":"Failures before unhealthy (Coolify `health_check_retries`).","type":"integer","minimum":1},"startPeriod":{"description":"Grace period in seconds after start (Coolify `health_check_start_period`).","type":"integer","minimum":0}}},"env":{"description":"Database-level env vars (Coolify database environment variables).","type":"object","propertyNames":{"description":"An environment variable name as Coolify accepts it: /^[A-Za-z_][A-Za-z0-9_.]*$/.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_.]*$","errorMessage":"must be an env var name: letters, digits, '_' and '.', not starting with a digit"},"additionalProperties":{"description":"An env var value: a plain string, number or boolean, or an object with `value` and Coolify's flags.","type":["string","number","boolean","object"],"errorMessage":"must be a string, number, boolean or an object with `value`","if":{"type":"object"},"then":{"description":"An env var with Coolify's flags (maps to one Coolify environment variable record).","type":"object","additionalProperties":false,"required":["value"],"properties":{"value":{"description":"The value (Coolify `value`). Use `${secrets.X}` for secrets.","type":["string","number","boolean"],"examples":["${secrets.JWT_SECRET}","${databases.postgres.internalUrl}"]},"buildTime":{"description":"Available at build time (Coolify `is_buildtime`). Applications only. Default true.","type":"boolean"},"runtime":{"description":"Available at run time (Coolify `is_runtime`). Applications only. Default true.","type":"boolean"},"literal":{"description":"Not interpolated by Coolify (Coolify `is_literal`).","type":"boolean"},"multiline":{"description":"Multi-line value (Coolify `is_multiline`).","type":"boolean"},"sensitive":{"description":"Treat as a secret (redacted everywhere) even if the value is not a `${secrets.X}`.","type":"boolean"},"comment":{"description":"A comment stored with the variable (Coolify `comment`).","type":"string"}}}},"examples":[{"NODE_ENV":"production","DATABASE_URL":"${databases.postgres.internalUrl}"}]},"backups":{"description":"Scheduled backups (Coolify scheduled database backups). postgresql, mysql, mariadb, mongodb and clickhouse only.","type":"array","items":{"description":"A scheduled database backup (Coolify scheduled database backup). Not available for redis, keydb and dragonfly.","type":"object","additionalProperties":false,"required":["schedule"],"properties":{"name":{"description":"Stable name used in the backup's address; defaults to its position (`0`, `1`, ...). Set it when the list may be reordered.","type":"string","minLength":1,"maxLength":63,"pattern":"^[a-z0-9][a-z0-9_-]*$","errorMessage":"must be a resource name: 1-63 lower-case letters, digits, '_' or '-', starting with a letter or digit"},"schedule":{"description":"When to back up (Coolify `frequency`): cron or keyword.","type":"string","pattern":"^(?:every_minute|hourly|daily|weekly|monthly|yearly|@(?:hourly|daily|midnight|weekly|monthly|yearly|annually)|[0-9A-Za-z*,/?#-]+(?:[ \\t]+[0-9A-Za-z*,/?#-]+){4})$","errorMessage":"must be a 5-field cron expression (e.g. `0 2 * * *`) or a keyword such as `daily` or `@hourly`","examples":["0 2 * * *","daily","@hourly"]},"enabled":{"description":"Whether the schedule runs (Coolify `enabled`, default true).","type":"boolean"},"keepLocally":{"description":"Retention of local backups (Coolify `database_backup_retention_*_locally`).","type":"object","additionalProperties":false,"properties":{"amount":{"description":"Number of backups to keep (Coolify `database_backup_retention_amount_*`).","type":"integer","minimum":0},"days":{"description":"Days to keep backups (Coolify `database_backup_retention_days_*`).","type":"integer","minimum":0},"maxGb":{"description":"Maximum total size in GB (Coolify `database_backup_retention_max_storage_*`).","type":"number","minimum":0}}},"s3":{"description":"Name of an S3 storage from `s3Storages` (Coolify `save_s3` + `s3_storage_uuid`).","type":"string","minLength":1,"maxLength":63,"pattern":"^[a-z0-9][a-z0-9_-]*$","errorMessage":"must be a resource name: 1-63 lower-case letters, digits, '_' or '-', starting with a letter or digit"},"keepInS3":{"description":"Retention in S3 (Coolify `database_backup_retention_*_s3`); needs `s3`.","type":"object","additionalProperties":false,"properties":{"amount":{"description":"Number of backups to keep (Coolify `database_backup_retention_amount_*`).","type":"integer","minimum":0},"days":{"description":"Days to keep backups (Coolify `database_backup_retention_days_*`).","type":"integer","minimum":0},"maxGb":{"description":"Maximum total size in GB (Coolify `database_backup_retention_max_storage_*`).","type":"number","minimum":0}}},"databases":{"description":"Databases to back up (Coolify `databases_to_backup`); defaults to the database's own.","type":"array","items":{"type":"string","minLength":1},"minItems":1,"uniqueItems":true},"dumpAll":{"description":"Dump all databases of the server instance (Coolify `dump_all`).","type":"boolean"},"missingBackupAlertDays":{"description":"Notify when no successful backup ran for this many days (Coolify `missing_backup_notification_days`, accepted from Coolify 4.3.23 among the releases ado-coolify knows; older releases get a plan warning ADO505 and the field is not sent).","type":"integer","minimum":1},"timeout":{"description":"Backup timeout in seconds, 60-36000 (Coolify `timeout`).","type":"integer","minimum":60,"maximum":36000}},"dependentSchemas":{"keepInS3":{"errorMessage":"`keepInS3` needs `s3` (the S3 storage to keep backups in)","required":["s3"]}}}}},"allOf":[{"if":{"properties":{"type":{"enum":["postgresql","mongodb","redis","keydb","dragonfly","clickhouse"]}},"required":["type"]},"then":{"properties":{"rootPassword":{"description":"`rootPassword` is only for mysql and mariadb","errorMessage":"`rootPassword` is only for mysql and mariadb","not":{}}}}},{"if":{"properties":{"type":{"enum":["mysql","mariadb","mongodb","redis","keydb","dragonfly","clickhouse"]}},"required":["type"]},"then":{"properties":{"initdbArgs":{"description":"`initdbArgs` is only for postgresql","errorMessage":"`initdbArgs` is only for postgresql","not":{}}}}},{"if":{"properties":{"type":{"enum":["mysql","mariadb","mongodb","redis","keydb","dragonfly","clickhouse"]}},"required":["type"]},"then":{"properties":{"hostAuthMethod":{"description":"`hostAuthMethod` is only for postgresql","errorMessage":"`hostAuthMethod` is only for postgresql","not":{}}}}},{"if":{"properties":{"type":{"enum":["dragonfly","clickhouse"]}},"required":["type"]},"then":{"properties":{"conf":{"description":"`conf` is not supported for dragonfly and clickhouse","errorMessage":"`conf` is not supported for dragonfly and clickhouse","not":{}}}}},{"if":{"properties":{"type":{"enum":["redis","keydb","dragonfly","clickhouse"]}},"required":["type"]},"then":{"properties":{"database":{"description":"`database` is only for postgresql, mysql, mariadb and mongodb","errorMessage":"`database` is only for postgresql, mysql, mariadb and mongodb","not":{}}}}},{"if":{"properties":{"type":{"enum":["redis","keydb","dragonfly"]}},"required":["type"]},"then":{"properties":{"user":{"description":"`user` is not supported for redis, keydb and dragonfly","errorMessage":"`user` is not supported for redis, keydb and dragonfly","not":{}}}}},{"if":{"properties":{"type":{"enum":["redis","keydb","dragonfly"]}},"required":["type"]},"then":{"properties":{"backups":{"description":"`backups` are not supported for redis, keydb and dragonfly: Coolify answers 422 to backup schedules on these engines","errorMessage":"`backups` are not supported for redis, keydb and dragonfly: Coolify answers 422 to backup schedules on these engines","not":{}}}}},{"if":{"properties":{"public":{"const":true}},"required":["public"]},"then":{"errorMessage":"`public: true` needs `publicPort` (Coolify silently switches public access off without one)","required":["publicPort"]}}]}},"applications":{"description":"Applications by name.","type":"object","propertyNames":{"description":"Name of a resource (application, database, service, S3 storage, backup, task, storage): lower-case letters, digits, '_' and '-', starting with a letter or digit, at most 63 characters (a DNS label; no '.', which separates the parts of `${applications.NAME.host}`). It is the resource's Coolify name and part of its logical address (project/environment/kind/name), so keep it stable.","type":"string","minLength":1,"maxLength":63,"pattern":"^[a-z0-9][a-z0-9_-]*$","errorMessage":"must be a resource name: 1-63 lower-case letters, digits, '_' or '-', starting with a letter or digit"},"additionalProperties":{"description":"A Coolify application. Exactly one source: `image`, `git` or `dockerfile`.","type":"object","additionalProperties":false,"properties":{"description":{"description":"Description (Coolify `description`).","type":"string","maxLength":255},"server":{"description":"Coolify server name; defaults to `defaults.server`.","type":"string","minLength":1},"destination":{"description":"Destination (Docker network) name; defaults to `defaults.destination`. Needed when the server has several.","type":"string","minLength":1},"tags":{"description":"Tags (Coolify `tags`), added to `defaults.tags`.","type":"array","items":{"description":"A Coolify tag. Coolify lower-cases tags and needs at least 2 characters.","type":"string","minLength":2,"maxLength":255,"pattern":"^[a-z0-9][a-z0-9._:-]*$","errorMessage":"must be a tag: at least 2 lower-case letters, digits, '.', '_', ':' or '-'"},"uniqueItems":true,"examples":[["team-core","critical"]]},"dependsOn":{"description":"Names of resources in the same environment that must be applied first (references such as `${databases.x.internalUrl}` add dependencies by themselves).","type":"array","items":{"description":"Name of a resource (application, database, service, S3 storage, backup, task, storage): lower-case letters, digits, '_' and '-', starting with a letter or digit, at most 63 characters (a DNS label; no '.', which separates the parts of `${applications.NAME.host}`). It is the resource's Coolify name and part of its logical address (project/environment/kind/name), so keep it stable.","type":"string","minLength":1,"maxLength":63,"pattern":"^[a-z0-9][a-z0-9_-]*$","errorMessage":"must be a resource name: 1-63 lower-case letters, digits, '_' or '-', starting with a letter or digit"},"uniqueItems":true},"protect":{"description":"Never delete this resource without `--allow-destroy`.","type":"boolean"},"ignoreChanges":{"description":"Manifest field paths whose live changes are tolerated (no drift, no update), e.g. `image`, `env.FEATURE_FLAG`, `limits.memory`.","type":"array","items":{"type":"string","minLength":1},"uniqueItems":true,"examples":[["image","env.FEATURE_FLAG"]]},"image":{"description":"Docker image reference `registry/name:tag` (Coolify `docker_registry_image_name` + `docker_registry_image_tag`). One of the three sources.","type":"string","minLength":1,"pattern":"^\\S+$","errorMessage":"must be an image reference without spaces","examples":["ghcr.io/dxheroes/ado/api-gateway:${vars.VERSION}"]},"git":{"description":"Build from a git repository. One of the three sources.","type":"object","additionalProperties":false,"required":["repository"],"properties":{"repository":{"description":"Repository URL (Coolify `git_repository`).","type":"string","minLength":1,"pattern":"^\\S+$","errorMessage":"must be a repository URL without spaces","examples":["https://github.com/dxheroes/ado"]},"branch":{"description":"Branch to build (Coolify `git_branch`, default `main`).","type":"string","minLength":1,"examples":["main"]},"commit":{"description":"Commit to pin (Coolify `git_commit_sha`, default `HEAD`).","type":"string","pattern":"^(?:[0-9a-fA-F]{7,40}|HEAD)$","errorMessage":"must be a commit SHA (7-40 hex digits) or `HEAD`"},"githubApp":{"description":"Name of a Coolify GitHub App, for private repositories (creates through `/applications/private-github-app`).","type":"string","minLength":1},"deployKey":{"description":"Name of a Coolify private key, for private repositories through a deploy key (`/applications/private-deploy-key`).","type":"string","minLength":1},"buildPack":{"description":"How Coolify builds the source (Coolify `build_pack`, default nixpacks).","enum":["nixpacks","railpack","static","dockerfile","dockercompose"]},"baseDirectory":{"description":"Directory of the app in the repository (Coolify `base_directory`), starting with `/`.","type":"string","pattern":"^/([a-zA-Z0-9._\\-/~@+]*)?$","errorMessage":"must be a directory path starting with `/` (letters, digits, . _ - / ~ @ +)","examples":["/","/packages/api"]},"dockerfile":{"description":"Dockerfile location for `buildPack: dockerfile` (Coolify `dockerfile_location`), starting with `/`.","type":"string","pattern":"^/[a-zA-Z0-9._\\-/~@+]+$","errorMessage":"must be a file path starting with `/` (letters, digits, . _ - / ~ @ +)","examples":["/Dockerfile","/packages/dashboard/Dockerfile"]},"dockerfileTarget":{"description":"Multi-stage build target (Coolify `dockerfile_target_build`).","type":"string","pattern":"^[a-zA-Z0-9][a-zA-Z0-9._-]*$","errorMessage":"must be a Docker build stage name"},"composeFile":{"description":"Compose file location for `buildPack: dockercompose` (Coolify `docker_compose_location`), starting with `/`.","type":"string","pattern":"^/[a-zA-Z0-9._\\-/~@+]+$","errorMessage":"must be a file path starting with `/` (letters, digits, . _ - / ~ @ +)","examples":["/docker-compose.yaml"]},"publishDirectory":{"description":"Directory with the built static files (Coolify `publish_directory`), starting with `/`.","type":"string","pattern":"^/([a-zA-Z0-9._\\-/~@+]*)?$","errorMessage":"must be a directory path starting with `/` (letters, digits, . _ - / ~ @ +)","examples":["/dist"]},"installCommand":{"description":"Install command (Coolify `install_command`).","type":"string"},"buildCommand":{"description":"Build command (Coolify `build_command`).","type":"string"},"startCommand":{"description":"Start command (Coolify `start_command`).","type":"string"},"autoDeploy":{"description":"Deploy on every push (Coolify `is_auto_deploy_enabled`).","type":"boolean"},"watchPaths":{"description":"Only deploy when these paths change (Coolify `watch_paths`).","type":"array","items":{"type":"string","minLength":1},"uniqueItems":true,"examples":[["packages/dashboard/**"]]},"webhookSecret":{"description":"Secret for the git provider's push webhooks (Coolify `manual_webhook_secret_*`); use `${secrets.X}`.","type":"string","examples":["${secrets.GITHUB_WEBHOOK_SECRET}"]}},"dependentSchemas":{"githubApp":{"properties":{"deployKey":{"description":"`deployKey` cannot be combined with `githubApp`: choose one way to reach a private repository","errorMessage":"`deployKey` cannot be combined with `githubApp`: choose one way to reach a private repository","not":{}}}},"dockerfile":{"errorMessage":"`dockerfile` (the Dockerfile location) needs `buildPack: dockerfile`","required":["buildPack"],"properties":{"buildPack":{"const":"dockerfile","errorMessage":"`dockerfile` (the Dockerfile location) needs `buildPack: dockerfile`"}}},"composeFile":{"errorMessage":"`composeFile` needs `buildPack: dockercompose`","required":["buildPack"],"properties":{"buildPack":{"const":"dockercompose","errorMessage":"`composeFile` needs `buildPack: dockercompose`"}}}}},"dockerfile":{"description":"Inline Dockerfile content (Coolify `dockerfile`, sent base64-encoded; cannot be updated through the API). One of the three sources.","type":"string","minLength":1},"ports":{"description":"Ports the container listens on (Coolify `ports_exposes`); the first one receives the domains' traffic.","type":"array","items":{"description":"A TCP port, 1-65535.","type":"integer","minimum":1,"maximum":65535},"minItems":1,"uniqueItems":true,"examples":[[3000,3001]]},"portMappings":{"description":"Host:container port mappings (Coolify `ports_mappings`).","type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^[0-9]{1,5}:[0-9]{1,5}$","errorMessage":"must be a `host:container` port mapping such as `8080:80`"},"examples":[["8080:80"]]},"domains":{"description":"Public URLs (Coolify `domains`/`fqdn`); https gets automatic TLS. A port after the host routes to that container port, a path restricts the route.","type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^https?://[^\\s,/]+(?:/[^\\s,]*)?$","errorMessage":"must be a URL with http:// or https:// and no spaces or commas"},"examples":[["https://api.example.com","https://api.example.com:3001/ws"]]},"redirect":{"description":"Redirect between www and non-www (Coolify `redirect`).","enum":["www","non-www","both"]},"generateDomain":{"description":"Let Coolify generate a domain when `domains` is empty (Coolify `autogenerate_domain`, create-only). Default false.","type":"boolean"},"healthCheck":{"description":"Health check (Coolify `health_check_*`).","type":"object","additionalProperties":false,"properties":{"enabled":{"description":"Whether the health check runs (Coolify `health_check_enabled`).","type":"boolean"},"type":{"description":"`http` probes a URL, `cmd` runs `command` (Coolify `health_check_type`).","enum":["http","cmd"]},"path":{"description":"HTTP path to probe (Coolify `health_check_path`).","type":"string","pattern":"^/","errorMessage":"must be a path starting with `/`","examples":["/health"]},"port":{"description":"Container port to probe (Coolify `health_check_port`).","type":"integer","minimum":1,"maximum":65535},"host":{"description":"Host to probe (Coolify `health_check_host`, default localhost).","type":"string","minLength":1},"method":{"description":"HTTP method (Coolify `health_check_method`).","type":"string","pattern":"^[A-Z]+$","errorMessage":"must be an upper-case HTTP method such as `GET`","examples":["GET","HEAD"]},"scheme":{"description":"URL scheme (Coolify `health_check_scheme`).","enum":["http","https"]},"returnCode":{"description":"Expected HTTP status (Coolify `health_check_return_code`).","type":"integer","minimum":100,"maximum":599},"responseText":{"description":"Text the response must contain (Coolify `health_check_response_text`).","type":"string"},"command":{"description":"Command to run for `type: cmd` (Coolify `health_check_command`).","type":"string","minLength":1},"interval":{"description":"Seconds between checks (Coolify `health_check_interval`).","type":"integer","minimum":1},"timeout":{"description":"Seconds before a check counts as failed (Coolify `health_check_timeout`).","type":"integer","minimum":1},"retries":{"description":"Failures before unhealthy (Coolify `health_check_retries`).","type":"integer","minimum":1},"startPeriod":{"description":"Grace period in seconds after start (Coolify `health_check_start_period`).","type":"integer","minimum":0}},"allOf":[{"if":{"properties":{"type":{"const":"cmd"}},"required":["type"]},"then":{"errorMessage":"a `type: cmd` health check needs `command`","required":["command"]}}]},"limits":{"description":"Resource limits (Coolify `limits_*`).","type":"object","additionalProperties":false,"properties":{"cpus":{"description":"CPU count (Coolify `limits_cpus`), e.g. 2 or \"1.5\".","type":["number","string"],"exclusiveMinimum":0,"pattern":"^[0-9]+(\\.[0-9]+)?$","errorMessage":"must be a positive CPU count such as 2 or \"1.5\"","examples":[2,"1.5"]},"memory":{"description":"Memory limit (Coolify `limits_memory`), e.g. `2048M`, `2g`.","type":"string","pattern":"^[0-9]+[bkmgBKMG]?$","errorMessage":"must be a memory size such as `512M`, `2g` or `2048M`","examples":["512M","2g","2048M"]},"memorySwap":{"description":"Memory plus swap limit (Coolify `limits_memory_swap`).","type":"string","pattern":"^[0-9]+[bkmgBKMG]?$","errorMessage":"must be a memory size such as `512M`, `2g` or `2048M`","examples":["512M","2g","2048M"]},"memorySwappiness":{"description":"Swappiness 0-100 (Coolify `limits_memory_swappiness`).","type":"integer","minimum":0,"maximum":100},"memoryReservation":{"description":"Soft memory limit (Coolify `limits_memory_reservation`).","type":"string","pattern":"^[0-9]+[bkmgBKMG]?$","errorMessage":"must be a memory size such as `512M`, `2g` or `2048M`","examples":["512M","2g","2048M"]},"cpuset":{"description":"CPUs the containers may run on (Coolify `limits_cpuset`), e.g. `0-3` or `0,2`.","type":"string","pattern":"^[0-9]+(?:[-,][0-9]+)*$","errorMessage":"must be a CPU set such as `0-3` or `0,2`"},"cpuShares":{"description":"Relative CPU weight (Coolify `limits_cpu_shares`, Docker default 1024).","type":"integer","minimum":2}}},"env":{"description":"Environment variables (Coolify application environment variables).","type":"object","propertyNames":{"description":"An environment variable name as Coolify accepts it: /^[A-Za-z_][A-Za-z0-9_.]*$/.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_.]*$","errorMessage":"must be an env var name: letters, digits, '_' and '.', not starting with a digit"},"additionalProperties":{"description":"An env var value: a plain string, number or boolean, or an object with `value` and Coolify's flags.","type":["string","number","boolean","object"],"errorMessage":"must be a string, number, boolean or an object with `value`","if":{"type":"object"},"then":{"description":"An env var with Coolify's flags (maps to one Coolify environment variable record).","type":"object","additionalProperties":false,"required":["value"],"properties":{"value":{"description":"The value (Coolify `value`). Use `${secrets.X}` for secrets.","type":["string","number","boolean"],"examples":["${secrets.JWT_SECRET}","${databases.postgres.internalUrl}"]},"buildTime":{"description":"Available at build time (Coolify `is_buildtime`). Applications only. Default true.","type":"boolean"},"runtime":{"description":"Available at run time (Coolify `is_runtime`). Applications only. Default true.","type":"boolean"},"literal":{"description":"Not interpolated by Coolify (Coolify `is_literal`).","type":"boolean"},"multiline":{"description":"Multi-line value (Coolify `is_multiline`).","type":"boolean"},"sensitive":{"description":"Treat as a secret (redacted everywhere) even if the value is not a `${secrets.X}`.","type":"boolean"},"comment":{"description":"A comment stored with the variable (Coolify `comment`).","type":"string"}}}},"examples":[{"NODE_ENV":"production","DATABASE_URL":"${databases.postgres.internalUrl}"}]},"preDeploy":{"description":"Command run before the new container takes traffic (Coolify `pre_deployment_command`), e.g. migrations.","type":["string","object"],"errorMessage":"must be a command string or an object with `command`","if":{"type":"object"},"then":{"type":"object","additionalProperties":false,"required":["command"],"properties":{"command":{"description":"Command to run (Coolify `*_deployment_command`).","type":"string","minLength":1},"container":{"description":"Container to run it in (Coolify `*_deployment_command_container`).","type":"string","minLength":1}}},"examples":["npm run migrate",{"command":"php artisan migrate","container":"app"}]},"postDeploy":{"description":"Command run after deployment (Coolify `post_deployment_command`).","type":["string","object"],"errorMessage":"must be a command string or an object with `command`","if":{"type":"object"},"then":{"type":"object","additionalProperties":false,"required":["command"],"properties":{"command":{"description":"Command to run (Coolify `*_deployment_command`).","type":"string","minLength":1},"container":{"description":"Container to run it in (Coolify `*_deployment_command_container`).","type":"string","minLength":1}}},"examples":["npm run migrate",{"command":"php artisan migrate","container":"app"}]},"previews":{"description":"Pull-request preview deployments.","type":"object","additionalProperties":false,"properties":{"enabled":{"description":"Deploy previews for pull requests (Coolify `is_preview_deployments_enabled`).","type":"boolean"},"urlTemplate":{"description":"Preview domain template (Coolify `preview_url_template`); placeholders `{{pr_id}}`, `{{domain}}`, `{{random}}`.","type":"string","minLength":1,"examples":["pr-{{pr_id}}.preview.example.com"]},"public":{"description":"Deploy previews of pull requests from forks too (Coolify `is_pr_deployments_public_enabled`).","type":"boolean"},"ttl":{"description":"How long a preview lives after its last deployment, e.g. `7d`, `36h` (enforced by ado-coolify, not Coolify).","type":"string","pattern":"^(?:[0-9]+(?:\\.[0-9]+)?(?:ms|s|m|h|d|w))+$","errorMessage":"must be a duration such as `90s`, `10m`, `1h30m`, `7d` or `2w`","examples":["7d","36h","5m"]},"env":{"description":"Env vars that exist only in previews (Coolify `is_preview: true`).","type":"object","propertyNames":{"description":"An environment variable name as Coolify accepts it: /^[A-Za-z_][A-Za-z0-9_.]*$/.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_.]*$","errorMessage":"must be an env var name: letters, digits, '_' and '.', not starting with a digit"},"additionalProperties":{"description":"An env var value: a plain string, number or boolean, or an object with `value` and Coolify's flags.","type":["string","number","boolean","object"],"errorMessage":"must be a string, number, boolean or an object with `value`","if":{"type":"object"},"then":{"description":"An env var with Coolify's flags (maps to one Coolify environment variable record).","type":"object","additionalProperties":false,"required":["value"],"properties":{"value":{"description":"The value (Coolify `value`). Use `${secrets.X}` for secrets.","type":["string","number","boolean"],"examples":["${secrets.JWT_SECRET}","${databases.postgres.internalUrl}"]},"buildTime":{"description":"Available at build time (Coolify `is_buildtime`). Applications only. Default true.","type":"boolean"},"runtime":{"description":"Available at run time (Coolify `is_runtime`). Applications only. Default true.","type":"boolean"},"literal":{"description":"Not interpolated by Coolify (Coolify `is_literal`).","type":"boolean"},"multiline":{"description":"Multi-line value (Coolify `is_multiline`).","type":"boolean"},"sensitive":{"description":"Treat as a secret (redacted everywhere) even if the value is not a `${secrets.X}`.","type":"boolean"},"comment":{"description":"A comment stored with the variable (Coolify `comment`).","type":"string"}}}},"examples":[{"NODE_ENV":"production","DATABASE_URL":"${databases.postgres.internalUrl}"}]}}},"scheduledTasks":{"description":"Scheduled tasks by name (Coolify scheduled tasks).","type":"object","propertyNames":{"description":"Name of a resource (application, database, service, S3 storage, backup, task, storage): lower-case letters, digits, '_' and '-', starting with a letter or digit, at most 63 characters (a DNS label; no '.', which separates the parts of `${applications.NAME.host}`). It is the resource's Coolify name and part of its logical address (project/environment/kind/name), so keep it stable.","type":"string","minLength":1,"maxLength":63,"pattern":"^[a-z0-9][a-z0-9_-]*$","errorMessage":"must be a resource name: 1-63 lower-case letters, digits, '_' or '-', starting with a letter or digit"},"additionalProperties":{"description":"A scheduled task run inside an application's container (Coolify scheduled task).","type":"object","additionalProperties":false,"required":["command","frequency"],"properties":{"command":{"description":"Command to run (Coolify `command`).","type":"string","minLength":1},"frequency":{"description":"When to run (Coolify `frequency`): cron or keyword.","type":"string","pattern":"^(?:every_minute|hourly|daily|weekly|monthly|yearly|@(?:hourly|daily|midnight|weekly|monthly|yearly|annually)|[0-9A-Za-z*,/?#-]+(?:[ \\t]+[0-9A-Za-z*,/?#-]+){4})$","errorMessage":"must be a 5-field cron expression (e.g. `0 2 * * *`) or a keyword such as `daily` or `@hourly`","examples":["0 2 * * *","daily","@hourly"]},"container":{"description":"Container to run in (Coolify `container`), for multi-container apps.","type":"string","minLength":1},"enabled":{"description":"Whether the task runs (Coolify `enabled`).","type":"boolean"},"timeout":{"description":"Timeout in seconds (Coolify `timeout`).","type":"integer","minimum":1}}}},"storages":{"description":"Volumes and files by name (Coolify storages).","type":"object","propertyNames":{"description":"Name of a resource (application, database, service, S3 storage, backup, task, storage): lower-case letters, digits, '_' and '-', starting with a letter or digit, at most 63 characters (a DNS label; no '.', which separates the parts of `${applications.NAME.host}`). It is the resource's Coolify name and part of its logical address (project/environment/kind/name), so keep it stable.","type":"string","minLength":1,"maxLength":63,"pattern":"^[a-z0-9][a-z0-9_-]*$","errorMessage":"must be a resource name: 1-63 lower-case letters, digits, '_' or '-', starting with a letter or digit"},"additionalProperties":{"description":"A persistent volume or a file mounted into an application (Coolify storages). `type` defaults to `volume`.","type":"object","additionalProperties":false,"required":["mountPath"],"properties":{"type":{"description":"`volume` (persistent volume or bind mount) or `file` (file with inline content). Default `volume`.","enum":["volume","file"]},"mountPath":{"description":"Path inside the container (Coolify `mount_path`).","type":"string","pattern":"^/","errorMessage":"must be an absolute path starting with `/`"},"hostPath":{"description":"Host path for a bind mount (Coolify `host_path`); volumes only.","type":"string","pattern":"^/","errorMessage":"must be an absolute path starting with `/`"},"content":{"description":"File content (Coolify `content`); `type: file` only.","type":"string"},"isDirectory":{"description":"Mount a directory instead of a file (Coolify `is_directory`); `type: file` only.","type":"boolean"},"backup":{"description":"Volume backup schedule; volumes only (Coolify `PUT /applications/{uuid}/storages/{storage_uuid}/backups`). Write-only in Coolify: it cannot be read back, so it is never diffed; it is sent when the storage is created or updated.","type":"object","additionalProperties":false,"required":["schedule"],"properties":{"schedule":{"description":"When to back up the volume (Coolify `frequency`): cron or keyword.","type":"string","pattern":"^(?:every_minute|hourly|daily|weekly|monthly|yearly|@(?:hourly|daily|midnight|weekly|monthly|yearly|annually)|[0-9A-Za-z*,/?#-]+(?:[ \\t]+[0-9A-Za-z*,/?#-]+){4})$","errorMessage":"must be a 5-field cron expression (e.g. `0 2 * * *`) or a keyword such as `daily` or `@hourly`","examples":["0 2 * * *","daily","@hourly"]},"s3":{"description":"Name of an S3 storage from `s3Storages` (Coolify `save_s3` + `s3_storage_uuid`).","type":"string","minLength":1,"maxLength":63,"pattern":"^[a-z0-9][a-z0-9_-]*$","errorMessage":"must be a resource name: 1-63 lower-case letters, digits, '_' or '-', starting with a letter or digit"},"enabled":{"description":"Whether the schedule runs (Coolify `enabled`, default true).","type":"boolean"},"keepLocally":{"description":"Retention of local archives (Coolify `retention_*_locally`; Coolify's default keeps 7).","type":"object","additionalProperties":false,"properties":{"amount":{"description":"Number of backups to keep (Coolify `database_backup_retention_amount_*`).","type":"integer","minimum":0},"days":{"description":"Days to keep backups (Coolify `database_backup_retention_days_*`).","type":"integer","minimum":0},"maxGb":{"description":"Maximum total size in GB (Coolify `database_backup_retention_max_storage_*`).","type":"number","minimum":0}}},"keepInS3":{"description":"Retention in S3 (Coolify `retention_*_s3`; Coolify's default keeps 7); needs `s3`.","type":"object","additionalProperties":false,"properties":{"amount":{"description":"Number of backups to keep (Coolify `database_backup_retention_amount_*`).","type":"integer","minimum":0},"days":{"description":"Days to keep backups (Coolify `database_backup_retention_days_*`).","type":"integer","minimum":0},"maxGb":{"description":"Maximum total size in GB (Coolify `database_backup_retention_max_storage_*`).","type":"number","minimum":0}}},"timeout":{"description":"Backup timeout in seconds, 60-36000 (Coolify `timeout`).","type":"integer","minimum":60,"maximum":36000},"stopDuringBackup":{"description":"Stop the application while the volume is archived (Coolify `stop_during_backup`, default false).","type":"boolean"},"disableLocalBackup":{"description":"Keep archives only in S3 (Coolify `disable_local_backup`, default false); needs `s3`.","type":"boolean"}},"dependentSchemas":{"keepInS3":{"errorMessage":"`keepInS3` needs `s3` (the S3 storage to keep backups in)","required":["s3"]},"disableLocalBackup":{"errorMessage":"`disableLocalBackup` needs `s3`: Coolify disables local backups only when S3 backups are on","required":["s3"]}}}},"if":{"properties":{"type":{"const":"file"}},"required":["type"]},"then":{"properties":{"hostPath":{"description":"`hostPath` is for volumes, not `type: file` storages","errorMessage":"`hostPath` is for volumes, not `type: file` storages","not":{}},"backup":{"description":"`backup` is for volumes, not `type: file` storages","errorMessage":"`backup` is for volumes, not `type: file` storages","not":{}}}},"else":{"properties":{"content":{"description":"`content` is for file storages: add `type: file`","errorMessage":"`content` is for file storages: add `type: file`","not":{}},"isDirectory":{"description":"`isDirectory` is for file storages: add `type: file`","errorMessage":"`isDirectory` is for file storages: add `type: file`","not":{}}}}}},"replicas":{"description":"Number of identical instances, named `NAME-1`..`NAME-N` (one Coolify application each). Only without `domains`. May be a variable, e.g. `${vars.WORKERS}` (`ado-coolify deploy --workers N` sets WORKERS).","anyOf":[{"type":"integer","minimum":1,"maximum":100},{"type":"string","pattern":"^\\$\\{vars\\.[A-Za-z_][A-Za-z0-9_]*\\}$"}],"examples":[3,"${vars.WORKERS}"],"errorMessage":"must be a whole number from 1 to 100, or a variable such as ${vars.WORKERS}"},"autoscale":{"description":"Scheduled autoscaling of the replica set (`ado-coolify autoscale`).","type":"object","additionalProperties":false,"required":["min","max","metric","up","down"],"properties":{"min":{"description":"Fewest replicas.","type":"integer","minimum":1},"max":{"description":"Most replicas.","type":"integer","minimum":1},"metric":{"description":"Where the load is read from: exactly one of `prometheus` or `redis`.","type":"object","additionalProperties":false,"minProperties":1,"maxProperties":1,"errorMessage":"set exactly one of `prometheus` or `redis`","properties":{"prometheus":{"description":"A PromQL query whose scalar result is the load.","type":"object","additionalProperties":false,"required":["url","query"],"properties":{"url":{"description":"Prometheus base URL.","type":"string","minLength":1,"examples":["http://prometheus:9090"]},"query":{"description":"PromQL query returning one number.","type":"string","minLength":1}}},"redis":{"description":"The length of a Redis list (a job queue) is the load.","type":"object","additionalProperties":false,"required":["url","list"],"properties":{"url":{"description":"Redis URL, e.g. `${databases.redis.internalUrl}`.","type":"string","minLength":1},"list":{"description":"Name of the list.","type":"string","minLength":1}}}}},"up":{"description":"Scale up when the metric is above `above`.","type":"object","additionalProperties":false,"required":["above"],"properties":{"above":{"description":"Metric value above which the set scales.","type":"number"},"step":{"description":"Replicas added or removed per action (default 1).","type":"integer","minimum":1}}},"down":{"description":"Scale down when the metric is below `below`.","type":"object","additionalProperties":false,"required":["below"],"properties":{"below":{"description":"Metric value below which the set scales.","type":"number"},"step":{"description":"Replicas added or removed per action (default 1).","type":"integer","minimum":1}}},"cooldown":{"description":"Minimum time between two scaling actions, e.g. `5m`.","type":"string","pattern":"^(?:[0-9]+(?:\\.[0-9]+)?(?:ms|s|m|h|d|w))+$","errorMessage":"must be a duration such as `90s`, `10m`, `1h30m`, `7d` or `2w`","examples":["7d","36h","5m"]}}}},"allOf":[{"errorMessage":"an application needs a source: set one of `image`, `git` or `dockerfile`","anyOf":[{"required":["image"]},{"required":["git"]},{"required":["dockerfile"]}]},{"if":{"properties":{"replicas":{"minimum":2}},"required":["replicas"]},"then":{"properties":{"domains":{"maxItems":0,"errorMessage":"`domains` cannot be used with `replicas` above 1: replicas are internal workers"}}}}],"dependentSchemas":{"image":{"properties":{"git":{"description":"`git` cannot be combined with `image`: an application has exactly one source: `image`, `git` or `dockerfile`","errorMessage":"`git` cannot be combined with `image`: an application has exactly one source: `image`, `git` or `dockerfile`","not":{}},"dockerfile":{"description":"`dockerfile` cannot be combined with `image`: an application has exactly one source: `image`, `git` or `dockerfile`","errorMessage":"`dockerfile` cannot be combined with `image`: an application has exactly one source: `image`, `git` or `dockerfile`","not":{}}}},"git":{"properties":{"dockerfile":{"description":"`dockerfile` cannot be combined with `git`: an application has exactly one source: `image`, `git` or `dockerfile` (use `git.dockerfile` for the Dockerfile location)","errorMessage":"`dockerfile` cannot be combined with `git`: an application has exactly one source: `image`, `git` or `dockerfile` (use `git.dockerfile` for the Dockerfile location)","not":{}}}}}}},"services":{"description":"Services (one-click templates or compose) by name.","type":"object","propertyNames":{"description":"Name of a resource (application, database, service, S3 storage, backup, task, storage): lower-case letters, digits, '_' and '-', starting with a letter or digit, at most 63 characters (a DNS label; no '.', which separates the parts of `${applications.NAME.host}`). It is the resource's Coolify name and part of its logical address (project/environment/kind/name), so keep it stable.","type":"string","minLength":1,"maxLength":63,"pattern":"^[a-z0-9][a-z0-9_-]*$","errorMessage":"must be a resource name: 1-63 lower-case letters, digits, '_' or '-', starting with a letter or digit"},"additionalProperties":{"description":"A Coolify service: a one-click template (`type`) or raw compose (`compose`), exactly one.","type":"object","additionalProperties":false,"properties":{"description":{"description":"Description (Coolify `description`).","type":"string","maxLength":255},"server":{"description":"Coolify server name; defaults to `defaults.server`.","type":"string","minLength":1},"destination":{"description":"Destination (Docker network) name; defaults to `defaults.destination`. Needed when the server has several.","type":"string","minLength":1},"tags":{"description":"Tags (Coolify `tags`), added to `defaults.tags`.","type":"array","items":{"description":"A Coolify tag. Coolify lower-cases tags and needs at least 2 characters.","type":"string","minLength":2,"maxLength":255,"pattern":"^[a-z0-9][a-z0-9._:-]*$","errorMessage":"must be a tag: at least 2 lower-case letters, digits, '.', '_', ':' or '-'"},"uniqueItems":true,"examples":[["team-core","critical"]]},"dependsOn":{"description":"Names of resources in the same environment that must be applied first (references such as `${databases.x.internalUrl}` add dependencies by themselves).","type":"array","items":{"description":"Name of a resource (application, database, service, S3 storage, backup, task, storage): lower-case letters, digits, '_' and '-', starting with a letter or digit, at most 63 characters (a DNS label; no '.', which separates the parts of `${applications.NAME.host}`). It is the resource's Coolify name and part of its logical address (project/environment/kind/name), so keep it stable.","type":"string","minLength":1,"maxLength":63,"pattern":"^[a-z0-9][a-z0-9_-]*$","errorMessage":"must be a resource name: 1-63 lower-case letters, digits, '_' or '-', starting with a letter or digit"},"uniqueItems":true},"protect":{"description":"Never delete this resource without `--allow-destroy`.","type":"boolean"},"ignoreChanges":{"description":"Manifest field paths whose live changes are tolerated (no drift, no update), e.g. `image`, `env.FEATURE_FLAG`, `limits.memory`.","type":"array","items":{"type":"string","minLength":1},"uniqueItems":true,"examples":[["image","env.FEATURE_FLAG"]]},"type":{"description":"One-click template key (Coolify `type`), e.g. `plausible`. Exactly one of `type` or `compose`.","type":"string","minLength":1,"examples":["plausible","uptime-kuma"]},"compose":{"description":"Raw docker-compose content (Coolify `docker_compose_raw`, sent base64-encoded). Exactly one of `type` or `compose`.","type":"string","minLength":1},"urls":{"description":"Public URLs of the service's containers (Coolify `urls`).","type":"array","items":{"type":"object","additionalProperties":false,"required":["name","url"],"properties":{"name":{"description":"Name of the container (compose service) the URL routes to.","type":"string","minLength":1},"url":{"description":"The URL, with scheme.","type":"string","pattern":"^https?://\\S+$","errorMessage":"must be a URL with http:// or https://"}}}},"env":{"description":"Environment variables (Coolify service environment variables).","type":"object","propertyNames":{"description":"An environment variable name as Coolify accepts it: /^[A-Za-z_][A-Za-z0-9_.]*$/.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_.]*$","errorMessage":"must be an env var name: letters, digits, '_' and '.', not starting with a digit"},"additionalProperties":{"description":"An env var value: a plain string, number or boolean, or an object with `value` and Coolify's flags.","type":["string","number","boolean","object"],"errorMessage":"must be a string, number, boolean or an object with `value`","if":{"type":"object"},"then":{"description":"An env var with Coolify's flags (maps to one Coolify environment variable record).","type":"object","additionalProperties":false,"required":["value"],"properties":{"value":{"description":"The value (Coolify `value`). Use `${secrets.X}` for secrets.","type":["string","number","boolean"],"examples":["${secrets.JWT_SECRET}","${databases.postgres.internalUrl}"]},"buildTime":{"description":"Available at build time (Coolify `is_buildtime`). Applications only. Default true.","type":"boolean"},"runtime":{"description":"Available at run time (Coolify `is_runtime`). Applications only. Default true.","type":"boolean"},"literal":{"description":"Not interpolated by Coolify (Coolify `is_literal`).","type":"boolean"},"multiline":{"description":"Multi-line value (Coolify `is_multiline`).","type":"boolean"},"sensitive":{"description":"Treat as a secret (redacted everywhere) even if the value is not a `${secrets.X}`.","type":"boolean"},"comment":{"description":"A comment stored with the variable (Coolify `comment`).","type":"string"}}}},"examples":[{"NODE_ENV":"production","DATABASE_URL":"${databases.postgres.internalUrl}"}]}},"allOf":[{"errorMessage":"a service needs `type` (a one-click template) or `compose`","anyOf":[{"required":["type"]},{"required":["compose"]}]}],"dependentSchemas":{"type":{"properties":{"compose":{"description":"`compose` cannot be combined with `type`: a service is either a one-click template or raw compose","errorMessage":"`compose` cannot be combined with `type`: a service is either a one-click template or raw compose","not":{}}}}}}},"protect":{"description":"Never delete this environment without `--allow-destroy`.","type":"boolean"}}}},"protect":{"description":"Never delete this project without `--allow-destroy`.","type":"boolean"}}}}}};
const func1 = require("ajv/dist/runtime/ucs2length").default;
const func22 = Object.prototype.hasOwnProperty;
const pattern4 = new RegExp("^[a-z0-9][a-z0-9._:-]*$", "u");
const pattern5 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
const pattern6 = new RegExp("^[a-z0-9][a-z0-9_-]*$", "u");
const pattern7 = new RegExp("^[\\p{L}\\p{M}\\p{N}\\s_.@/&()#,:+-]+$", "u");
const pattern8 = new RegExp("^[A-Za-z_][A-Za-z0-9_.]*$", "u");
const pattern14 = new RegExp("^\\S+$", "u");
const pattern15 = new RegExp("^[0-9]+(\\.[0-9]+)?$", "u");
const pattern16 = new RegExp("^[0-9]+[bkmgBKMG]?$", "u");
const pattern19 = new RegExp("^[0-9]+(?:[-,][0-9]+)*$", "u");
const pattern22 = new RegExp("^(?:every_minute|hourly|daily|weekly|monthly|yearly|@(?:hourly|daily|midnight|weekly|monthly|yearly|annually)|[0-9A-Za-z*,/?#-]+(?:[ \\t]+[0-9A-Za-z*,/?#-]+){4})$", "u");
const pattern29 = new RegExp("^(?:[0-9a-fA-F]{7,40}|HEAD)$", "u");
const pattern30 = new RegExp("^/([a-zA-Z0-9._\\-/~@+]*)?$", "u");
const pattern31 = new RegExp("^/[a-zA-Z0-9._\\-/~@+]+$", "u");
const pattern32 = new RegExp("^[a-zA-Z0-9][a-zA-Z0-9._-]*$", "u");
const pattern35 = new RegExp("^[0-9]{1,5}:[0-9]{1,5}$", "u");
const pattern36 = new RegExp("^https?://[^\\s,/]+(?:/[^\\s,]*)?$", "u");
const pattern37 = new RegExp("^/", "u");
const pattern38 = new RegExp("^[A-Z]+$", "u");
const pattern45 = new RegExp("^(?:[0-9]+(?:\\.[0-9]+)?(?:ms|s|m|h|d|w))+$", "u");
const pattern54 = new RegExp("^\\$\\{vars\\.[A-Za-z_][A-Za-z0-9_]*\\}$", "u");
const pattern59 = new RegExp("^https?://\\S+$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://ado-coolify.dev/schema/ado.coolify.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.projects === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "projects"},message:"must have required property '"+"projects"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "version") || (key0 === "coolify")) || (key0 === "defaults")) || (key0 === "vars")) || (key0 === "s3Storages")) || (key0 === "projects"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.version !== undefined){
if(1 !== data.version){
const err3 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.coolify !== undefined){
let data1 = data.coolify;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
if(!(key1 === "url")){
const err4 = {instancePath:instancePath+"/coolify",schemaPath:"#/properties/coolify/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.url !== undefined){
let data2 = data1.url;
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err5 = {instancePath:instancePath+"/coolify/url",schemaPath:"#/properties/coolify/properties/url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/coolify/url",schemaPath:"#/properties/coolify/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/coolify",schemaPath:"#/properties/coolify/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.defaults !== undefined){
let data3 = data.defaults;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key2 in data3){
if(!(((key2 === "server") || (key2 === "destination")) || (key2 === "tags"))){
const err8 = {instancePath:instancePath+"/defaults",schemaPath:"#/properties/defaults/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data3.server !== undefined){
let data4 = data3.server;
if(typeof data4 === "string"){
if(func1(data4) < 1){
const err9 = {instancePath:instancePath+"/defaults/server",schemaPath:"#/properties/defaults/properties/server/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/defaults/server",schemaPath:"#/properties/defaults/properties/server/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data3.destination !== undefined){
let data5 = data3.destination;
if(typeof data5 === "string"){
if(func1(data5) < 1){
const err11 = {instancePath:instancePath+"/defaults/destination",schemaPath:"#/properties/defaults/properties/destination/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/defaults/destination",schemaPath:"#/properties/defaults/properties/destination/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data3.tags !== undefined){
let data6 = data3.tags;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
if(typeof data7 === "string"){
if(func1(data7) > 255){
const err13 = {instancePath:instancePath+"/defaults/tags/" + i0,schemaPath:"#/properties/defaults/properties/tags/items/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(func1(data7) < 2){
const err14 = {instancePath:instancePath+"/defaults/tags/" + i0,schemaPath:"#/properties/defaults/properties/tags/items/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!pattern4.test(data7)){
const err15 = {instancePath:instancePath+"/defaults/tags/" + i0,schemaPath:"#/properties/defaults/properties/tags/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._:-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._:-]*$"+"\""};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/defaults/tags/" + i0,schemaPath:"#/properties/defaults/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
let i1 = data6.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data6[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err17 = {instancePath:instancePath+"/defaults/tags",schemaPath:"#/properties/defaults/properties/tags/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err18 = {instancePath:instancePath+"/defaults/tags",schemaPath:"#/properties/defaults/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/defaults",schemaPath:"#/properties/defaults/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.vars !== undefined){
let data8 = data.vars;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key3 in data8){
const _errs23 = errors;
if(typeof key3 === "string"){
if(!pattern5.test(key3)){
const err20 = {instancePath:instancePath+"/vars",schemaPath:"#/properties/vars/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",propertyName:key3};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/vars",schemaPath:"#/properties/vars/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key3};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var valid6 = _errs23 === errors;
if(!valid6){
const err22 = {instancePath:instancePath+"/vars",schemaPath:"#/properties/vars/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
for(const key4 in data8){
let data9 = data8[key4];
if(((typeof data9 !== "string") && (!((typeof data9 == "number") && (isFinite(data9))))) && (typeof data9 !== "boolean")){
const err23 = {instancePath:instancePath+"/vars/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/vars/additionalProperties/type",keyword:"type",params:{type: schema31.properties.vars.additionalProperties.type},message:"must be string,number,boolean"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/vars",schemaPath:"#/properties/vars/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.s3Storages !== undefined){
let data10 = data.s3Storages;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key5 in data10){
const _errs31 = errors;
if(typeof key5 === "string"){
if(func1(key5) > 63){
const err25 = {instancePath:instancePath+"/s3Storages",schemaPath:"#/properties/s3Storages/propertyNames/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters",propertyName:key5};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(func1(key5) < 1){
const err26 = {instancePath:instancePath+"/s3Storages",schemaPath:"#/properties/s3Storages/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",propertyName:key5};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(!pattern6.test(key5)){
const err27 = {instancePath:instancePath+"/s3Storages",schemaPath:"#/properties/s3Storages/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]*$"+"\"",propertyName:key5};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/s3Storages",schemaPath:"#/properties/s3Storages/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key5};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var valid8 = _errs31 === errors;
if(!valid8){
const err29 = {instancePath:instancePath+"/s3Storages",schemaPath:"#/properties/s3Storages/propertyNames",keyword:"propertyNames",params:{propertyName: key5},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
for(const key6 in data10){
let data11 = data10[key6];
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.endpoint === undefined){
const err30 = {instancePath:instancePath+"/s3Storages/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/s3Storages/additionalProperties/required",keyword:"required",params:{missingProperty: "endpoint"},message:"must have required property '"+"endpoint"+"'"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data11.bucket === undefined){
const err31 = {instancePath:instancePath+"/s3Storages/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/s3Storages/additionalProperties/required",keyword:"required",params:{missingProperty: "bucket"},message:"must have required property '"+"bucket"+"'"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data11.region === undefined){
const err32 = {instancePath:instancePath+"/s3Storages/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/s3Storages/additionalProperties/required",keyword:"required",params:{missingProperty: "region"},message:"must have required property '"+"region"+"'"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data11.key === undefined){
const err33 = {instancePath:instancePath+"/s3Storages/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/s3Storages/additionalProperties/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data11.secret === undefined){
const err34 = {instancePath:instancePath+"/s3Storages/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/s3Storages/additionalProperties/required",keyword:"required",params:{missingProperty: "secret"},message:"must have required property '"+"secret"+"'"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
for(const key7 in data11){
if(!(((((((key7 === "description") || (key7 === "endpoint")) || (key7 === "bucket")) || (key7 === "region")) || (key7 === "key")) || (key7 === "secret")) || (key7 === "protect"))){
const err35 = {instancePath:instancePath+"/s3Storages/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/s3Storages/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data11.description !== undefined){
let data12 = data11.description;
if(typeof data12 === "string"){
if(func1(data12) > 255){
const err36 = {instancePath:instancePath+"/s3Storages/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/properties/s3Storages/additionalProperties/properties/description/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/s3Storages/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/properties/s3Storages/additionalProperties/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data11.endpoint !== undefined){
let data13 = data11.endpoint;
if(typeof data13 === "string"){
if(func1(data13) < 1){
const err38 = {instancePath:instancePath+"/s3Storages/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/endpoint",schemaPath:"#/properties/s3Storages/additionalProperties/properties/endpoint/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/s3Storages/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/endpoint",schemaPath:"#/properties/s3Storages/additionalProperties/properties/endpoint/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data11.bucket !== undefined){
let data14 = data11.bucket;
if(typeof data14 === "string"){
if(func1(data14) < 1){
const err40 = {instancePath:instancePath+"/s3Storages/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/bucket",schemaPath:"#/properties/s3Storages/additionalProperties/properties/bucket/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/s3Storages/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/bucket",schemaPath:"#/properties/s3Storages/additionalProperties/properties/bucket/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data11.region !== undefined){
let data15 = data11.region;
if(typeof data15 === "string"){
if(func1(data15) < 1){
const err42 = {instancePath:instancePath+"/s3Storages/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/region",schemaPath:"#/properties/s3Storages/additionalProperties/properties/region/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/s3Storages/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/region",schemaPath:"#/properties/s3Storages/additionalProperties/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data11.key !== undefined){
let data16 = data11.key;
if(typeof data16 === "string"){
if(func1(data16) < 1){
const err44 = {instancePath:instancePath+"/s3Storages/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/key",schemaPath:"#/properties/s3Storages/additionalProperties/properties/key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/s3Storages/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/key",schemaPath:"#/properties/s3Storages/additionalProperties/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data11.secret !== undefined){
let data17 = data11.secret;
if(typeof data17 === "string"){
if(func1(data17) < 1){
const err46 = {instancePath:instancePath+"/s3Storages/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/secret",schemaPath:"#/properties/s3Storages/additionalProperties/properties/secret/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/s3Storages/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/secret",schemaPath:"#/properties/s3Storages/additionalProperties/properties/secret/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data11.protect !== undefined){
if(typeof data11.protect !== "boolean"){
const err48 = {instancePath:instancePath+"/s3Storages/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/protect",schemaPath:"#/properties/s3Storages/additionalProperties/properties/protect/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath:instancePath+"/s3Storages/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/s3Storages/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
else {
const err50 = {instancePath:instancePath+"/s3Storages",schemaPath:"#/properties/s3Storages/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data.projects !== undefined){
let data19 = data.projects;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
for(const key8 in data19){
const _errs54 = errors;
if(typeof key8 === "string"){
if(func1(key8) > 255){
const err51 = {instancePath:instancePath+"/projects",schemaPath:"#/properties/projects/propertyNames/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",propertyName:key8};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(func1(key8) < 3){
const err52 = {instancePath:instancePath+"/projects",schemaPath:"#/properties/projects/propertyNames/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters",propertyName:key8};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(!pattern7.test(key8)){
const err53 = {instancePath:instancePath+"/projects",schemaPath:"#/properties/projects/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[\\p{L}\\p{M}\\p{N}\\s_.@/&()#,:+-]+$"},message:"must match pattern \""+"^[\\p{L}\\p{M}\\p{N}\\s_.@/&()#,:+-]+$"+"\"",propertyName:key8};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/projects",schemaPath:"#/properties/projects/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key8};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
var valid11 = _errs54 === errors;
if(!valid11){
const err55 = {instancePath:instancePath+"/projects",schemaPath:"#/properties/projects/propertyNames",keyword:"propertyNames",params:{propertyName: key8},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
for(const key9 in data19){
let data20 = data19[key9];
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.environments === undefined){
const err56 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/projects/additionalProperties/required",keyword:"required",params:{missingProperty: "environments"},message:"must have required property '"+"environments"+"'"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
for(const key10 in data20){
if(!((((key10 === "description") || (key10 === "sharedEnv")) || (key10 === "environments")) || (key10 === "protect"))){
const err57 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/projects/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data20.description !== undefined){
let data21 = data20.description;
if(typeof data21 === "string"){
if(func1(data21) > 255){
const err58 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/properties/projects/additionalProperties/properties/description/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
else {
const err59 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/properties/projects/additionalProperties/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data20.sharedEnv !== undefined){
let data22 = data20.sharedEnv;
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
for(const key11 in data22){
const _errs65 = errors;
if(typeof key11 === "string"){
if(!pattern8.test(key11)){
const err60 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/sharedEnv",schemaPath:"#/properties/projects/additionalProperties/properties/sharedEnv/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_.]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_.]*$"+"\"",propertyName:key11};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
else {
const err61 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/sharedEnv",schemaPath:"#/properties/projects/additionalProperties/properties/sharedEnv/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key11};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
var valid14 = _errs65 === errors;
if(!valid14){
const err62 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/sharedEnv",schemaPath:"#/properties/projects/additionalProperties/properties/sharedEnv/propertyNames",keyword:"propertyNames",params:{propertyName: key11},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
for(const key12 in data22){
if(typeof data22[key12] !== "string"){
const err63 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/sharedEnv/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/projects/additionalProperties/properties/sharedEnv/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
else {
const err64 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/sharedEnv",schemaPath:"#/properties/projects/additionalProperties/properties/sharedEnv/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data20.environments !== undefined){
let data24 = data20.environments;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
for(const key13 in data24){
const _errs73 = errors;
if(typeof key13 === "string"){
if(func1(key13) > 255){
const err65 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments",schemaPath:"#/properties/projects/additionalProperties/properties/environments/propertyNames/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",propertyName:key13};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(func1(key13) < 3){
const err66 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments",schemaPath:"#/properties/projects/additionalProperties/properties/environments/propertyNames/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters",propertyName:key13};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(!pattern7.test(key13)){
const err67 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments",schemaPath:"#/properties/projects/additionalProperties/properties/environments/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[\\p{L}\\p{M}\\p{N}\\s_.@/&()#,:+-]+$"},message:"must match pattern \""+"^[\\p{L}\\p{M}\\p{N}\\s_.@/&()#,:+-]+$"+"\"",propertyName:key13};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
else {
const err68 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments",schemaPath:"#/properties/projects/additionalProperties/properties/environments/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key13};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
var valid16 = _errs73 === errors;
if(!valid16){
const err69 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments",schemaPath:"#/properties/projects/additionalProperties/properties/environments/propertyNames",keyword:"propertyNames",params:{propertyName: key13},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
for(const key14 in data24){
let data25 = data24[key14];
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
for(const key15 in data25){
if(!((((((key15 === "description") || (key15 === "sharedEnv")) || (key15 === "databases")) || (key15 === "applications")) || (key15 === "services")) || (key15 === "protect"))){
const err70 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data25.description !== undefined){
let data26 = data25.description;
if(typeof data26 === "string"){
if(func1(data26) > 255){
const err71 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/description/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
else {
const err72 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data25.sharedEnv !== undefined){
let data27 = data25.sharedEnv;
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
for(const key16 in data27){
const _errs84 = errors;
if(typeof key16 === "string"){
if(!pattern8.test(key16)){
const err73 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/sharedEnv",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/sharedEnv/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_.]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_.]*$"+"\"",propertyName:key16};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
else {
const err74 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/sharedEnv",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/sharedEnv/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key16};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
var valid19 = _errs84 === errors;
if(!valid19){
const err75 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/sharedEnv",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/sharedEnv/propertyNames",keyword:"propertyNames",params:{propertyName: key16},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
for(const key17 in data27){
if(typeof data27[key17] !== "string"){
const err76 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/sharedEnv/" + key17.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/sharedEnv/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
}
else {
const err77 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/sharedEnv",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/sharedEnv/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data25.databases !== undefined){
let data29 = data25.databases;
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
for(const key18 in data29){
const _errs92 = errors;
if(typeof key18 === "string"){
if(func1(key18) > 63){
const err78 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/propertyNames/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters",propertyName:key18};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if(func1(key18) < 1){
const err79 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",propertyName:key18};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if(!pattern6.test(key18)){
const err80 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]*$"+"\"",propertyName:key18};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
else {
const err81 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key18};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
var valid21 = _errs92 === errors;
if(!valid21){
const err82 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/propertyNames",keyword:"propertyNames",params:{propertyName: key18},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
for(const key19 in data29){
let data30 = data29[key19];
const _errs99 = errors;
let valid24 = true;
const _errs100 = errors;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
let missing0;
if((data30.type === undefined) && (missing0 = "type")){
const err83 = {};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
else {
if(data30.type !== undefined){
let data31 = data30.type;
if(!((((((data31 === "postgresql") || (data31 === "mongodb")) || (data31 === "redis")) || (data31 === "keydb")) || (data31 === "dragonfly")) || (data31 === "clickhouse"))){
const err84 = {};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
}
}
var _valid0 = _errs100 === errors;
errors = _errs99;
if(vErrors !== null){
if(_errs99){
vErrors.length = _errs99;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs102 = errors;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
if(data30.rootPassword !== undefined){
const err85 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/rootPassword",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/allOf/0/then/properties/rootPassword/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
var _valid0 = _errs102 === errors;
valid24 = _valid0;
if(valid24){
var props0 = {};
props0.rootPassword = true;
props0.type = true;
}
}
if(!valid24){
const err86 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
const _errs107 = errors;
let valid27 = true;
const _errs108 = errors;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
let missing1;
if((data30.type === undefined) && (missing1 = "type")){
const err87 = {};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
else {
if(data30.type !== undefined){
let data33 = data30.type;
if(!(((((((data33 === "mysql") || (data33 === "mariadb")) || (data33 === "mongodb")) || (data33 === "redis")) || (data33 === "keydb")) || (data33 === "dragonfly")) || (data33 === "clickhouse"))){
const err88 = {};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
}
}
var _valid1 = _errs108 === errors;
errors = _errs107;
if(vErrors !== null){
if(_errs107){
vErrors.length = _errs107;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs110 = errors;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
if(data30.initdbArgs !== undefined){
const err89 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/initdbArgs",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/allOf/1/then/properties/initdbArgs/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
var _valid1 = _errs110 === errors;
valid27 = _valid1;
if(valid27){
var props1 = {};
props1.initdbArgs = true;
props1.type = true;
}
}
if(!valid27){
const err90 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
if(props0 !== true && props1 !== undefined){
if(props1 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props1);
}
}
const _errs115 = errors;
let valid30 = true;
const _errs116 = errors;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
let missing2;
if((data30.type === undefined) && (missing2 = "type")){
const err91 = {};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
else {
if(data30.type !== undefined){
let data35 = data30.type;
if(!(((((((data35 === "mysql") || (data35 === "mariadb")) || (data35 === "mongodb")) || (data35 === "redis")) || (data35 === "keydb")) || (data35 === "dragonfly")) || (data35 === "clickhouse"))){
const err92 = {};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
}
}
var _valid2 = _errs116 === errors;
errors = _errs115;
if(vErrors !== null){
if(_errs115){
vErrors.length = _errs115;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs118 = errors;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
if(data30.hostAuthMethod !== undefined){
const err93 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/hostAuthMethod",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/allOf/2/then/properties/hostAuthMethod/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
var _valid2 = _errs118 === errors;
valid30 = _valid2;
if(valid30){
var props2 = {};
props2.hostAuthMethod = true;
props2.type = true;
}
}
if(!valid30){
const err94 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
if(props0 !== true && props2 !== undefined){
if(props2 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props2);
}
}
const _errs123 = errors;
let valid33 = true;
const _errs124 = errors;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
let missing3;
if((data30.type === undefined) && (missing3 = "type")){
const err95 = {};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
else {
if(data30.type !== undefined){
let data37 = data30.type;
if(!((data37 === "dragonfly") || (data37 === "clickhouse"))){
const err96 = {};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
}
}
var _valid3 = _errs124 === errors;
errors = _errs123;
if(vErrors !== null){
if(_errs123){
vErrors.length = _errs123;
}
else {
vErrors = null;
}
}
if(_valid3){
const _errs126 = errors;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
if(data30.conf !== undefined){
const err97 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/conf",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/allOf/3/then/properties/conf/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
var _valid3 = _errs126 === errors;
valid33 = _valid3;
if(valid33){
var props3 = {};
props3.conf = true;
props3.type = true;
}
}
if(!valid33){
const err98 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
if(props0 !== true && props3 !== undefined){
if(props3 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props3);
}
}
const _errs131 = errors;
let valid36 = true;
const _errs132 = errors;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
let missing4;
if((data30.type === undefined) && (missing4 = "type")){
const err99 = {};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
else {
if(data30.type !== undefined){
let data39 = data30.type;
if(!((((data39 === "redis") || (data39 === "keydb")) || (data39 === "dragonfly")) || (data39 === "clickhouse"))){
const err100 = {};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
}
}
var _valid4 = _errs132 === errors;
errors = _errs131;
if(vErrors !== null){
if(_errs131){
vErrors.length = _errs131;
}
else {
vErrors = null;
}
}
if(_valid4){
const _errs134 = errors;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
if(data30.database !== undefined){
const err101 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/database",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/allOf/4/then/properties/database/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
var _valid4 = _errs134 === errors;
valid36 = _valid4;
if(valid36){
var props4 = {};
props4.database = true;
props4.type = true;
}
}
if(!valid36){
const err102 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/allOf/4/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
if(props0 !== true && props4 !== undefined){
if(props4 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props4);
}
}
const _errs139 = errors;
let valid39 = true;
const _errs140 = errors;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
let missing5;
if((data30.type === undefined) && (missing5 = "type")){
const err103 = {};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
else {
if(data30.type !== undefined){
let data41 = data30.type;
if(!(((data41 === "redis") || (data41 === "keydb")) || (data41 === "dragonfly"))){
const err104 = {};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
}
}
var _valid5 = _errs140 === errors;
errors = _errs139;
if(vErrors !== null){
if(_errs139){
vErrors.length = _errs139;
}
else {
vErrors = null;
}
}
if(_valid5){
const _errs142 = errors;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
if(data30.user !== undefined){
const err105 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/user",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/allOf/5/then/properties/user/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
var _valid5 = _errs142 === errors;
valid39 = _valid5;
if(valid39){
var props5 = {};
props5.user = true;
props5.type = true;
}
}
if(!valid39){
const err106 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/allOf/5/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
if(props0 !== true && props5 !== undefined){
if(props5 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props5);
}
}
const _errs147 = errors;
let valid42 = true;
const _errs148 = errors;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
let missing6;
if((data30.type === undefined) && (missing6 = "type")){
const err107 = {};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
else {
if(data30.type !== undefined){
let data43 = data30.type;
if(!(((data43 === "redis") || (data43 === "keydb")) || (data43 === "dragonfly"))){
const err108 = {};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
}
}
var _valid6 = _errs148 === errors;
errors = _errs147;
if(vErrors !== null){
if(_errs147){
vErrors.length = _errs147;
}
else {
vErrors = null;
}
}
if(_valid6){
const _errs150 = errors;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
if(data30.backups !== undefined){
const err109 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backups",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/allOf/6/then/properties/backups/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
var _valid6 = _errs150 === errors;
valid42 = _valid6;
if(valid42){
var props6 = {};
props6.backups = true;
props6.type = true;
}
}
if(!valid42){
const err110 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/allOf/6/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
if(props0 !== true && props6 !== undefined){
if(props6 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props6);
}
}
const _errs155 = errors;
let valid45 = true;
const _errs156 = errors;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
let missing7;
if((data30.public === undefined) && (missing7 = "public")){
const err111 = {};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
else {
if(data30.public !== undefined){
if(true !== data30.public){
const err112 = {};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
}
}
var _valid7 = _errs156 === errors;
errors = _errs155;
if(vErrors !== null){
if(_errs155){
vErrors.length = _errs155;
}
else {
vErrors = null;
}
}
if(_valid7){
const _errs158 = errors;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
if(data30.publicPort === undefined){
const err113 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/allOf/7/then/required",keyword:"required",params:{missingProperty: "publicPort"},message:"must have required property '"+"publicPort"+"'"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
var _valid7 = _errs158 === errors;
valid45 = _valid7;
}
if(!valid45){
const err114 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/allOf/7/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
if(props0 !== true){
props0 = props0 || {};
props0.public = true;
}
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
if(data30.type === undefined){
const err115 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
for(const key20 in data30){
if(!(func22.call(schema31.properties.projects.additionalProperties.properties.environments.additionalProperties.properties.databases.additionalProperties.properties, key20))){
const err116 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
if(data30.description !== undefined){
let data46 = data30.description;
if(typeof data46 === "string"){
if(func1(data46) > 255){
const err117 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/description/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
else {
const err118 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data30.server !== undefined){
let data47 = data30.server;
if(typeof data47 === "string"){
if(func1(data47) < 1){
const err119 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/server",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/server/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
else {
const err120 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/server",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/server/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
if(data30.destination !== undefined){
let data48 = data30.destination;
if(typeof data48 === "string"){
if(func1(data48) < 1){
const err121 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/destination",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/destination/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
else {
const err122 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/destination",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/destination/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
if(data30.tags !== undefined){
let data49 = data30.tags;
if(Array.isArray(data49)){
const len1 = data49.length;
for(let i2=0; i2<len1; i2++){
let data50 = data49[i2];
if(typeof data50 === "string"){
if(func1(data50) > 255){
const err123 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/tags/" + i2,schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/tags/items/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
if(func1(data50) < 2){
const err124 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/tags/" + i2,schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/tags/items/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
if(!pattern4.test(data50)){
const err125 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/tags/" + i2,schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/tags/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._:-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._:-]*$"+"\""};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
else {
const err126 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/tags/" + i2,schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
let i3 = data49.length;
let j1;
if(i3 > 1){
const indices1 = {};
for(;i3--;){
let item1 = data49[i3];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err127 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/tags",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/tags/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
break;
}
indices1[item1] = i3;
}
}
}
else {
const err128 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/tags",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
if(data30.dependsOn !== undefined){
let data51 = data30.dependsOn;
if(Array.isArray(data51)){
const len2 = data51.length;
for(let i4=0; i4<len2; i4++){
let data52 = data51[i4];
if(typeof data52 === "string"){
if(func1(data52) > 63){
const err129 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/dependsOn/" + i4,schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/dependsOn/items/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
if(func1(data52) < 1){
const err130 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/dependsOn/" + i4,schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/dependsOn/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
if(!pattern6.test(data52)){
const err131 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/dependsOn/" + i4,schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/dependsOn/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]*$"+"\""};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
else {
const err132 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/dependsOn/" + i4,schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/dependsOn/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
let i5 = data51.length;
let j2;
if(i5 > 1){
const indices2 = {};
for(;i5--;){
let item2 = data51[i5];
if(typeof item2 !== "string"){
continue;
}
if(typeof indices2[item2] == "number"){
j2 = indices2[item2];
const err133 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/dependsOn",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/dependsOn/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
break;
}
indices2[item2] = i5;
}
}
}
else {
const err134 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/dependsOn",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/dependsOn/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
if(data30.protect !== undefined){
if(typeof data30.protect !== "boolean"){
const err135 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/protect",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/protect/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
if(data30.ignoreChanges !== undefined){
let data54 = data30.ignoreChanges;
if(Array.isArray(data54)){
const len3 = data54.length;
for(let i6=0; i6<len3; i6++){
let data55 = data54[i6];
if(typeof data55 === "string"){
if(func1(data55) < 1){
const err136 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/ignoreChanges/" + i6,schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/ignoreChanges/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
else {
const err137 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/ignoreChanges/" + i6,schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/ignoreChanges/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
let i7 = data54.length;
let j3;
if(i7 > 1){
const indices3 = {};
for(;i7--;){
let item3 = data54[i7];
if(typeof item3 !== "string"){
continue;
}
if(typeof indices3[item3] == "number"){
j3 = indices3[item3];
const err138 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/ignoreChanges",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/ignoreChanges/uniqueItems",keyword:"uniqueItems",params:{i: i7, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i7+" are identical)"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
break;
}
indices3[item3] = i7;
}
}
}
else {
const err139 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/ignoreChanges",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/ignoreChanges/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
if(data30.type !== undefined){
let data56 = data30.type;
if(!((((((((data56 === "postgresql") || (data56 === "mysql")) || (data56 === "mariadb")) || (data56 === "mongodb")) || (data56 === "redis")) || (data56 === "keydb")) || (data56 === "dragonfly")) || (data56 === "clickhouse"))){
const err140 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/type/enum",keyword:"enum",params:{allowedValues: schema31.properties.projects.additionalProperties.properties.environments.additionalProperties.properties.databases.additionalProperties.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
if(data30.image !== undefined){
let data57 = data30.image;
if(typeof data57 === "string"){
if(func1(data57) < 1){
const err141 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/image",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/image/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
if(!pattern14.test(data57)){
const err142 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/image",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/image/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\""};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
else {
const err143 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/image",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/image/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
if(data30.database !== undefined){
let data58 = data30.database;
if(typeof data58 === "string"){
if(func1(data58) < 1){
const err144 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/database",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/database/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
else {
const err145 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/database",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/database/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
if(data30.user !== undefined){
let data59 = data30.user;
if(typeof data59 === "string"){
if(func1(data59) < 1){
const err146 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/user",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/user/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
else {
const err147 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/user",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
if(data30.password !== undefined){
let data60 = data30.password;
if(typeof data60 === "string"){
if(func1(data60) < 1){
const err148 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/password",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/password/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
else {
const err149 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/password",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/password/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
if(data30.rootPassword !== undefined){
let data61 = data30.rootPassword;
if(typeof data61 === "string"){
if(func1(data61) < 1){
const err150 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/rootPassword",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/rootPassword/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
else {
const err151 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/rootPassword",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/rootPassword/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
if(data30.conf !== undefined){
if(typeof data30.conf !== "string"){
const err152 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/conf",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/conf/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
if(data30.initdbArgs !== undefined){
if(typeof data30.initdbArgs !== "string"){
const err153 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/initdbArgs",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/initdbArgs/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
if(data30.hostAuthMethod !== undefined){
if(typeof data30.hostAuthMethod !== "string"){
const err154 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/hostAuthMethod",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/hostAuthMethod/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
if(data30.public !== undefined){
if(typeof data30.public !== "boolean"){
const err155 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/public",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/public/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
if(data30.publicPort !== undefined){
let data66 = data30.publicPort;
if(!(((typeof data66 == "number") && (!(data66 % 1) && !isNaN(data66))) && (isFinite(data66)))){
const err156 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/publicPort",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/publicPort/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
if((typeof data66 == "number") && (isFinite(data66))){
if(data66 > 65535 || isNaN(data66)){
const err157 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/publicPort",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/publicPort/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535"};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
if(data66 < 1024 || isNaN(data66)){
const err158 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/publicPort",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/publicPort/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1024},message:"must be >= 1024"};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
}
if(data30.publicPortTimeout !== undefined){
let data67 = data30.publicPortTimeout;
if(!(((typeof data67 == "number") && (!(data67 % 1) && !isNaN(data67))) && (isFinite(data67)))){
const err159 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/publicPortTimeout",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/publicPortTimeout/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
if((typeof data67 == "number") && (isFinite(data67))){
if(data67 < 1 || isNaN(data67)){
const err160 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/publicPortTimeout",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/publicPortTimeout/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
}
if(data30.limits !== undefined){
let data68 = data30.limits;
if(data68 && typeof data68 == "object" && !Array.isArray(data68)){
for(const key21 in data68){
if(!(((((((key21 === "cpus") || (key21 === "memory")) || (key21 === "memorySwap")) || (key21 === "memorySwappiness")) || (key21 === "memoryReservation")) || (key21 === "cpuset")) || (key21 === "cpuShares"))){
const err161 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/limits",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/limits/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
if(data68.cpus !== undefined){
let data69 = data68.cpus;
if((!((typeof data69 == "number") && (isFinite(data69)))) && (typeof data69 !== "string")){
const err162 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/limits/cpus",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/limits/properties/cpus/type",keyword:"type",params:{type: schema31.properties.projects.additionalProperties.properties.environments.additionalProperties.properties.databases.additionalProperties.properties.limits.properties.cpus.type},message:"must be number,string"};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
if((typeof data69 == "number") && (isFinite(data69))){
if(data69 <= 0 || isNaN(data69)){
const err163 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/limits/cpus",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/limits/properties/cpus/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
}
if(typeof data69 === "string"){
if(!pattern15.test(data69)){
const err164 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/limits/cpus",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/limits/properties/cpus/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?$"+"\""};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
}
if(data68.memory !== undefined){
let data70 = data68.memory;
if(typeof data70 === "string"){
if(!pattern16.test(data70)){
const err165 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/limits/memory",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/limits/properties/memory/pattern",keyword:"pattern",params:{pattern: "^[0-9]+[bkmgBKMG]?$"},message:"must match pattern \""+"^[0-9]+[bkmgBKMG]?$"+"\""};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
else {
const err166 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/limits/memory",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/limits/properties/memory/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
if(data68.memorySwap !== undefined){
let data71 = data68.memorySwap;
if(typeof data71 === "string"){
if(!pattern16.test(data71)){
const err167 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/limits/memorySwap",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/limits/properties/memorySwap/pattern",keyword:"pattern",params:{pattern: "^[0-9]+[bkmgBKMG]?$"},message:"must match pattern \""+"^[0-9]+[bkmgBKMG]?$"+"\""};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
else {
const err168 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/limits/memorySwap",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/limits/properties/memorySwap/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
}
if(data68.memorySwappiness !== undefined){
let data72 = data68.memorySwappiness;
if(!(((typeof data72 == "number") && (!(data72 % 1) && !isNaN(data72))) && (isFinite(data72)))){
const err169 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/limits/memorySwappiness",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/limits/properties/memorySwappiness/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
if((typeof data72 == "number") && (isFinite(data72))){
if(data72 > 100 || isNaN(data72)){
const err170 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/limits/memorySwappiness",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/limits/properties/memorySwappiness/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
if(data72 < 0 || isNaN(data72)){
const err171 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/limits/memorySwappiness",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/limits/properties/memorySwappiness/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
}
if(data68.memoryReservation !== undefined){
let data73 = data68.memoryReservation;
if(typeof data73 === "string"){
if(!pattern16.test(data73)){
const err172 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/limits/memoryReservation",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/limits/properties/memoryReservation/pattern",keyword:"pattern",params:{pattern: "^[0-9]+[bkmgBKMG]?$"},message:"must match pattern \""+"^[0-9]+[bkmgBKMG]?$"+"\""};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
else {
const err173 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/limits/memoryReservation",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/limits/properties/memoryReservation/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
}
if(data68.cpuset !== undefined){
let data74 = data68.cpuset;
if(typeof data74 === "string"){
if(!pattern19.test(data74)){
const err174 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/limits/cpuset",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/limits/properties/cpuset/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(?:[-,][0-9]+)*$"},message:"must match pattern \""+"^[0-9]+(?:[-,][0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
}
else {
const err175 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/limits/cpuset",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/limits/properties/cpuset/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
}
if(data68.cpuShares !== undefined){
let data75 = data68.cpuShares;
if(!(((typeof data75 == "number") && (!(data75 % 1) && !isNaN(data75))) && (isFinite(data75)))){
const err176 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/limits/cpuShares",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/limits/properties/cpuShares/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
if((typeof data75 == "number") && (isFinite(data75))){
if(data75 < 2 || isNaN(data75)){
const err177 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/limits/cpuShares",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/limits/properties/cpuShares/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},message:"must be >= 2"};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
}
}
else {
const err178 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/limits",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/limits/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
}
if(data30.healthCheck !== undefined){
let data76 = data30.healthCheck;
if(data76 && typeof data76 == "object" && !Array.isArray(data76)){
for(const key22 in data76){
if(!(((((key22 === "enabled") || (key22 === "interval")) || (key22 === "timeout")) || (key22 === "retries")) || (key22 === "startPeriod"))){
const err179 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/healthCheck",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/healthCheck/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
}
if(data76.enabled !== undefined){
if(typeof data76.enabled !== "boolean"){
const err180 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/healthCheck/enabled",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/healthCheck/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
}
if(data76.interval !== undefined){
let data78 = data76.interval;
if(!(((typeof data78 == "number") && (!(data78 % 1) && !isNaN(data78))) && (isFinite(data78)))){
const err181 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/healthCheck/interval",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/healthCheck/properties/interval/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
if((typeof data78 == "number") && (isFinite(data78))){
if(data78 < 1 || isNaN(data78)){
const err182 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/healthCheck/interval",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/healthCheck/properties/interval/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
}
}
if(data76.timeout !== undefined){
let data79 = data76.timeout;
if(!(((typeof data79 == "number") && (!(data79 % 1) && !isNaN(data79))) && (isFinite(data79)))){
const err183 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/healthCheck/timeout",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/healthCheck/properties/timeout/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
if((typeof data79 == "number") && (isFinite(data79))){
if(data79 < 1 || isNaN(data79)){
const err184 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/healthCheck/timeout",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/healthCheck/properties/timeout/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
}
}
if(data76.retries !== undefined){
let data80 = data76.retries;
if(!(((typeof data80 == "number") && (!(data80 % 1) && !isNaN(data80))) && (isFinite(data80)))){
const err185 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/healthCheck/retries",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/healthCheck/properties/retries/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
if((typeof data80 == "number") && (isFinite(data80))){
if(data80 < 1 || isNaN(data80)){
const err186 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/healthCheck/retries",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/healthCheck/properties/retries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
}
}
if(data76.startPeriod !== undefined){
let data81 = data76.startPeriod;
if(!(((typeof data81 == "number") && (!(data81 % 1) && !isNaN(data81))) && (isFinite(data81)))){
const err187 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/healthCheck/startPeriod",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/healthCheck/properties/startPeriod/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
if((typeof data81 == "number") && (isFinite(data81))){
if(data81 < 0 || isNaN(data81)){
const err188 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/healthCheck/startPeriod",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/healthCheck/properties/startPeriod/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
}
}
}
else {
const err189 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/healthCheck",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/healthCheck/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
}
if(data30.env !== undefined){
let data82 = data30.env;
if(data82 && typeof data82 == "object" && !Array.isArray(data82)){
for(const key23 in data82){
const _errs244 = errors;
if(typeof key23 === "string"){
if(!pattern8.test(key23)){
const err190 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/env",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/env/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_.]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_.]*$"+"\"",propertyName:key23};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
}
else {
const err191 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/env",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/env/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key23};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
var valid59 = _errs244 === errors;
if(!valid59){
const err192 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/env",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/env/propertyNames",keyword:"propertyNames",params:{propertyName: key23},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
}
for(const key24 in data82){
let data83 = data82[key24];
if((((typeof data83 !== "string") && (!((typeof data83 == "number") && (isFinite(data83))))) && (typeof data83 !== "boolean")) && (!(data83 && typeof data83 == "object" && !Array.isArray(data83)))){
const err193 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/env/" + key24.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/env/additionalProperties/type",keyword:"type",params:{type: schema31.properties.projects.additionalProperties.properties.environments.additionalProperties.properties.databases.additionalProperties.properties.env.additionalProperties.type},message:"must be string,number,boolean,object"};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
const _errs250 = errors;
let valid61 = true;
const _errs251 = errors;
if(!(data83 && typeof data83 == "object" && !Array.isArray(data83))){
const err194 = {};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
var _valid8 = _errs251 === errors;
errors = _errs250;
if(vErrors !== null){
if(_errs250){
vErrors.length = _errs250;
}
else {
vErrors = null;
}
}
if(_valid8){
const _errs253 = errors;
if(data83 && typeof data83 == "object" && !Array.isArray(data83)){
if(data83.value === undefined){
const err195 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/env/" + key24.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/env/additionalProperties/then/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
for(const key25 in data83){
if(!(((((((key25 === "value") || (key25 === "buildTime")) || (key25 === "runtime")) || (key25 === "literal")) || (key25 === "multiline")) || (key25 === "sensitive")) || (key25 === "comment"))){
const err196 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/env/" + key24.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/env/additionalProperties/then/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key25},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
}
if(data83.value !== undefined){
let data84 = data83.value;
if(((typeof data84 !== "string") && (!((typeof data84 == "number") && (isFinite(data84))))) && (typeof data84 !== "boolean")){
const err197 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/env/" + key24.replace(/~/g, "~0").replace(/\//g, "~1")+"/value",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/env/additionalProperties/then/properties/value/type",keyword:"type",params:{type: schema31.properties.projects.additionalProperties.properties.environments.additionalProperties.properties.databases.additionalProperties.properties.env.additionalProperties.then.properties.value.type},message:"must be string,number,boolean"};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
}
if(data83.buildTime !== undefined){
if(typeof data83.buildTime !== "boolean"){
const err198 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/env/" + key24.replace(/~/g, "~0").replace(/\//g, "~1")+"/buildTime",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/env/additionalProperties/then/properties/buildTime/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
}
if(data83.runtime !== undefined){
if(typeof data83.runtime !== "boolean"){
const err199 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/env/" + key24.replace(/~/g, "~0").replace(/\//g, "~1")+"/runtime",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/env/additionalProperties/then/properties/runtime/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
}
if(data83.literal !== undefined){
if(typeof data83.literal !== "boolean"){
const err200 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/env/" + key24.replace(/~/g, "~0").replace(/\//g, "~1")+"/literal",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/env/additionalProperties/then/properties/literal/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
}
if(data83.multiline !== undefined){
if(typeof data83.multiline !== "boolean"){
const err201 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/env/" + key24.replace(/~/g, "~0").replace(/\//g, "~1")+"/multiline",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/env/additionalProperties/then/properties/multiline/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
}
if(data83.sensitive !== undefined){
if(typeof data83.sensitive !== "boolean"){
const err202 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/env/" + key24.replace(/~/g, "~0").replace(/\//g, "~1")+"/sensitive",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/env/additionalProperties/then/properties/sensitive/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
}
if(data83.comment !== undefined){
if(typeof data83.comment !== "string"){
const err203 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/env/" + key24.replace(/~/g, "~0").replace(/\//g, "~1")+"/comment",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/env/additionalProperties/then/properties/comment/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
}
}
else {
const err204 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/env/" + key24.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/env/additionalProperties/then/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
var _valid8 = _errs253 === errors;
valid61 = _valid8;
}
if(!valid61){
const err205 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/env/" + key24.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/env/additionalProperties/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
}
}
else {
const err206 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/env",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/env/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
}
if(data30.backups !== undefined){
let data91 = data30.backups;
if(Array.isArray(data91)){
const len4 = data91.length;
for(let i8=0; i8<len4; i8++){
let data92 = data91[i8];
if(data92 && typeof data92 == "object" && !Array.isArray(data92)){
if(data92.schedule === undefined){
const err207 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backups/" + i8,schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/backups/items/required",keyword:"required",params:{missingProperty: "schedule"},message:"must have required property '"+"schedule"+"'"};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
for(const key26 in data92){
if(!(func22.call(schema31.properties.projects.additionalProperties.properties.environments.additionalProperties.properties.databases.additionalProperties.properties.backups.items.properties, key26))){
const err208 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backups/" + i8,schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/backups/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key26},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
}
if(data92.name !== undefined){
let data93 = data92.name;
if(typeof data93 === "string"){
if(func1(data93) > 63){
const err209 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backups/" + i8+"/name",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/backups/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters"};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
if(func1(data93) < 1){
const err210 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backups/" + i8+"/name",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/backups/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
if(!pattern6.test(data93)){
const err211 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backups/" + i8+"/name",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/backups/items/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]*$"+"\""};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
}
else {
const err212 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backups/" + i8+"/name",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/backups/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
}
if(data92.schedule !== undefined){
let data94 = data92.schedule;
if(typeof data94 === "string"){
if(!pattern22.test(data94)){
const err213 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backups/" + i8+"/schedule",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/backups/items/properties/schedule/pattern",keyword:"pattern",params:{pattern: "^(?:every_minute|hourly|daily|weekly|monthly|yearly|@(?:hourly|daily|midnight|weekly|monthly|yearly|annually)|[0-9A-Za-z*,/?#-]+(?:[ \\t]+[0-9A-Za-z*,/?#-]+){4})$"},message:"must match pattern \""+"^(?:every_minute|hourly|daily|weekly|monthly|yearly|@(?:hourly|daily|midnight|weekly|monthly|yearly|annually)|[0-9A-Za-z*,/?#-]+(?:[ \\t]+[0-9A-Za-z*,/?#-]+){4})$"+"\""};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
}
else {
const err214 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backups/" + i8+"/schedule",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/backups/items/properties/schedule/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
}
if(data92.enabled !== undefined){
if(typeof data92.enabled !== "boolean"){
const err215 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backups/" + i8+"/enabled",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/backups/items/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
}
if(data92.keepLocally !== undefined){
let data96 = data92.keepLocally;
if(data96 && typeof data96 == "object" && !Array.isArray(data96)){
for(const key27 in data96){
if(!(((key27 === "amount") || (key27 === "days")) || (key27 === "maxGb"))){
const err216 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backups/" + i8+"/keepLocally",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/backups/items/properties/keepLocally/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key27},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
}
if(data96.amount !== undefined){
let data97 = data96.amount;
if(!(((typeof data97 == "number") && (!(data97 % 1) && !isNaN(data97))) && (isFinite(data97)))){
const err217 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backups/" + i8+"/keepLocally/amount",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/backups/items/properties/keepLocally/properties/amount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
if((typeof data97 == "number") && (isFinite(data97))){
if(data97 < 0 || isNaN(data97)){
const err218 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backups/" + i8+"/keepLocally/amount",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/backups/items/properties/keepLocally/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
}
}
if(data96.days !== undefined){
let data98 = data96.days;
if(!(((typeof data98 == "number") && (!(data98 % 1) && !isNaN(data98))) && (isFinite(data98)))){
const err219 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backups/" + i8+"/keepLocally/days",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/backups/items/properties/keepLocally/properties/days/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
if((typeof data98 == "number") && (isFinite(data98))){
if(data98 < 0 || isNaN(data98)){
const err220 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backups/" + i8+"/keepLocally/days",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/backups/items/properties/keepLocally/properties/days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
}
}
if(data96.maxGb !== undefined){
let data99 = data96.maxGb;
if((typeof data99 == "number") && (isFinite(data99))){
if(data99 < 0 || isNaN(data99)){
const err221 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backups/" + i8+"/keepLocally/maxGb",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/backups/items/properties/keepLocally/properties/maxGb/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
}
else {
const err222 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backups/" + i8+"/keepLocally/maxGb",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/backups/items/properties/keepLocally/properties/maxGb/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
}
}
else {
const err223 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backups/" + i8+"/keepLocally",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/backups/items/properties/keepLocally/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
}
if(data92.s3 !== undefined){
let data100 = data92.s3;
if(typeof data100 === "string"){
if(func1(data100) > 63){
const err224 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backups/" + i8+"/s3",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/backups/items/properties/s3/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters"};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
}
if(func1(data100) < 1){
const err225 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backups/" + i8+"/s3",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/backups/items/properties/s3/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
if(!pattern6.test(data100)){
const err226 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backups/" + i8+"/s3",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/backups/items/properties/s3/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]*$"+"\""};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
}
}
else {
const err227 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backups/" + i8+"/s3",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/backups/items/properties/s3/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
}
if(data92.keepInS3 !== undefined){
let data101 = data92.keepInS3;
if(data101 && typeof data101 == "object" && !Array.isArray(data101)){
for(const key28 in data101){
if(!(((key28 === "amount") || (key28 === "days")) || (key28 === "maxGb"))){
const err228 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backups/" + i8+"/keepInS3",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/backups/items/properties/keepInS3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key28},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
}
if(data101.amount !== undefined){
let data102 = data101.amount;
if(!(((typeof data102 == "number") && (!(data102 % 1) && !isNaN(data102))) && (isFinite(data102)))){
const err229 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backups/" + i8+"/keepInS3/amount",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/backups/items/properties/keepInS3/properties/amount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
if((typeof data102 == "number") && (isFinite(data102))){
if(data102 < 0 || isNaN(data102)){
const err230 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backups/" + i8+"/keepInS3/amount",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/backups/items/properties/keepInS3/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
}
}
}
if(data101.days !== undefined){
let data103 = data101.days;
if(!(((typeof data103 == "number") && (!(data103 % 1) && !isNaN(data103))) && (isFinite(data103)))){
const err231 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backups/" + i8+"/keepInS3/days",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/backups/items/properties/keepInS3/properties/days/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
if((typeof data103 == "number") && (isFinite(data103))){
if(data103 < 0 || isNaN(data103)){
const err232 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backups/" + i8+"/keepInS3/days",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/backups/items/properties/keepInS3/properties/days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
}
}
if(data101.maxGb !== undefined){
let data104 = data101.maxGb;
if((typeof data104 == "number") && (isFinite(data104))){
if(data104 < 0 || isNaN(data104)){
const err233 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backups/" + i8+"/keepInS3/maxGb",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/backups/items/properties/keepInS3/properties/maxGb/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
}
else {
const err234 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backups/" + i8+"/keepInS3/maxGb",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/backups/items/properties/keepInS3/properties/maxGb/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
}
}
}
else {
const err235 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backups/" + i8+"/keepInS3",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/backups/items/properties/keepInS3/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err235];
}
else {
vErrors.push(err235);
}
errors++;
}
}
if(data92.databases !== undefined){
let data105 = data92.databases;
if(Array.isArray(data105)){
if(data105.length < 1){
const err236 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backups/" + i8+"/databases",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/backups/items/properties/databases/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err236];
}
else {
vErrors.push(err236);
}
errors++;
}
const len5 = data105.length;
for(let i9=0; i9<len5; i9++){
let data106 = data105[i9];
if(typeof data106 === "string"){
if(func1(data106) < 1){
const err237 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backups/" + i8+"/databases/" + i9,schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/backups/items/properties/databases/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err237];
}
else {
vErrors.push(err237);
}
errors++;
}
}
else {
const err238 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backups/" + i8+"/databases/" + i9,schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/backups/items/properties/databases/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err238];
}
else {
vErrors.push(err238);
}
errors++;
}
}
let i10 = data105.length;
let j4;
if(i10 > 1){
const indices4 = {};
for(;i10--;){
let item4 = data105[i10];
if(typeof item4 !== "string"){
continue;
}
if(typeof indices4[item4] == "number"){
j4 = indices4[item4];
const err239 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backups/" + i8+"/databases",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/backups/items/properties/databases/uniqueItems",keyword:"uniqueItems",params:{i: i10, j: j4},message:"must NOT have duplicate items (items ## "+j4+" and "+i10+" are identical)"};
if(vErrors === null){
vErrors = [err239];
}
else {
vErrors.push(err239);
}
errors++;
break;
}
indices4[item4] = i10;
}
}
}
else {
const err240 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backups/" + i8+"/databases",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/backups/items/properties/databases/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err240];
}
else {
vErrors.push(err240);
}
errors++;
}
}
if(data92.dumpAll !== undefined){
if(typeof data92.dumpAll !== "boolean"){
const err241 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backups/" + i8+"/dumpAll",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/backups/items/properties/dumpAll/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err241];
}
else {
vErrors.push(err241);
}
errors++;
}
}
if(data92.missingBackupAlertDays !== undefined){
let data108 = data92.missingBackupAlertDays;
if(!(((typeof data108 == "number") && (!(data108 % 1) && !isNaN(data108))) && (isFinite(data108)))){
const err242 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backups/" + i8+"/missingBackupAlertDays",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/backups/items/properties/missingBackupAlertDays/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err242];
}
else {
vErrors.push(err242);
}
errors++;
}
if((typeof data108 == "number") && (isFinite(data108))){
if(data108 < 1 || isNaN(data108)){
const err243 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backups/" + i8+"/missingBackupAlertDays",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/backups/items/properties/missingBackupAlertDays/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err243];
}
else {
vErrors.push(err243);
}
errors++;
}
}
}
if(data92.timeout !== undefined){
let data109 = data92.timeout;
if(!(((typeof data109 == "number") && (!(data109 % 1) && !isNaN(data109))) && (isFinite(data109)))){
const err244 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backups/" + i8+"/timeout",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/backups/items/properties/timeout/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err244];
}
else {
vErrors.push(err244);
}
errors++;
}
if((typeof data109 == "number") && (isFinite(data109))){
if(data109 > 36000 || isNaN(data109)){
const err245 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backups/" + i8+"/timeout",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/backups/items/properties/timeout/maximum",keyword:"maximum",params:{comparison: "<=", limit: 36000},message:"must be <= 36000"};
if(vErrors === null){
vErrors = [err245];
}
else {
vErrors.push(err245);
}
errors++;
}
if(data109 < 60 || isNaN(data109)){
const err246 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backups/" + i8+"/timeout",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/backups/items/properties/timeout/minimum",keyword:"minimum",params:{comparison: ">=", limit: 60},message:"must be >= 60"};
if(vErrors === null){
vErrors = [err246];
}
else {
vErrors.push(err246);
}
errors++;
}
}
}
if(data92.keepInS3 !== undefined){
if(data92 && typeof data92 == "object" && !Array.isArray(data92)){
if(data92.s3 === undefined){
const err247 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backups/" + i8,schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/backups/items/dependentSchemas/keepInS3/required",keyword:"required",params:{missingProperty: "s3"},message:"must have required property '"+"s3"+"'"};
if(vErrors === null){
vErrors = [err247];
}
else {
vErrors.push(err247);
}
errors++;
}
}
}
}
else {
const err248 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backups/" + i8,schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/backups/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err248];
}
else {
vErrors.push(err248);
}
errors++;
}
}
}
else {
const err249 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/backups",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/properties/backups/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err249];
}
else {
vErrors.push(err249);
}
errors++;
}
}
}
else {
const err250 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases/" + key19.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err250];
}
else {
vErrors.push(err250);
}
errors++;
}
}
}
else {
const err251 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/databases",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/databases/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err251];
}
else {
vErrors.push(err251);
}
errors++;
}
}
if(data25.applications !== undefined){
let data110 = data25.applications;
if(data110 && typeof data110 == "object" && !Array.isArray(data110)){
for(const key29 in data110){
const _errs319 = errors;
if(typeof key29 === "string"){
if(func1(key29) > 63){
const err252 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/propertyNames/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters",propertyName:key29};
if(vErrors === null){
vErrors = [err252];
}
else {
vErrors.push(err252);
}
errors++;
}
if(func1(key29) < 1){
const err253 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",propertyName:key29};
if(vErrors === null){
vErrors = [err253];
}
else {
vErrors.push(err253);
}
errors++;
}
if(!pattern6.test(key29)){
const err254 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]*$"+"\"",propertyName:key29};
if(vErrors === null){
vErrors = [err254];
}
else {
vErrors.push(err254);
}
errors++;
}
}
else {
const err255 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key29};
if(vErrors === null){
vErrors = [err255];
}
else {
vErrors.push(err255);
}
errors++;
}
var valid72 = _errs319 === errors;
if(!valid72){
const err256 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/propertyNames",keyword:"propertyNames",params:{propertyName: key29},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err256];
}
else {
vErrors.push(err256);
}
errors++;
}
}
for(const key30 in data110){
let data111 = data110[key30];
const _errs326 = errors;
let valid75 = false;
const _errs327 = errors;
if(data111 && typeof data111 == "object" && !Array.isArray(data111)){
if(data111.image === undefined){
const err257 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/allOf/0/anyOf/0/required",keyword:"required",params:{missingProperty: "image"},message:"must have required property '"+"image"+"'"};
if(vErrors === null){
vErrors = [err257];
}
else {
vErrors.push(err257);
}
errors++;
}
}
var _valid9 = _errs327 === errors;
valid75 = valid75 || _valid9;
const _errs328 = errors;
if(data111 && typeof data111 == "object" && !Array.isArray(data111)){
if(data111.git === undefined){
const err258 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/allOf/0/anyOf/1/required",keyword:"required",params:{missingProperty: "git"},message:"must have required property '"+"git"+"'"};
if(vErrors === null){
vErrors = [err258];
}
else {
vErrors.push(err258);
}
errors++;
}
}
var _valid9 = _errs328 === errors;
valid75 = valid75 || _valid9;
const _errs329 = errors;
if(data111 && typeof data111 == "object" && !Array.isArray(data111)){
if(data111.dockerfile === undefined){
const err259 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/allOf/0/anyOf/2/required",keyword:"required",params:{missingProperty: "dockerfile"},message:"must have required property '"+"dockerfile"+"'"};
if(vErrors === null){
vErrors = [err259];
}
else {
vErrors.push(err259);
}
errors++;
}
}
var _valid9 = _errs329 === errors;
valid75 = valid75 || _valid9;
if(!valid75){
const err260 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/allOf/0/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err260];
}
else {
vErrors.push(err260);
}
errors++;
}
else {
errors = _errs326;
if(vErrors !== null){
if(_errs326){
vErrors.length = _errs326;
}
else {
vErrors = null;
}
}
}
const _errs332 = errors;
let valid76 = true;
const _errs333 = errors;
if(data111 && typeof data111 == "object" && !Array.isArray(data111)){
let missing8;
if((data111.replicas === undefined) && (missing8 = "replicas")){
const err261 = {};
if(vErrors === null){
vErrors = [err261];
}
else {
vErrors.push(err261);
}
errors++;
}
else {
if(data111.replicas !== undefined){
let data112 = data111.replicas;
if((typeof data112 == "number") && (isFinite(data112))){
if(data112 < 2 || isNaN(data112)){
const err262 = {};
if(vErrors === null){
vErrors = [err262];
}
else {
vErrors.push(err262);
}
errors++;
}
}
}
}
}
var _valid10 = _errs333 === errors;
errors = _errs332;
if(vErrors !== null){
if(_errs332){
vErrors.length = _errs332;
}
else {
vErrors = null;
}
}
if(_valid10){
const _errs335 = errors;
if(data111 && typeof data111 == "object" && !Array.isArray(data111)){
if(data111.domains !== undefined){
let data113 = data111.domains;
if(Array.isArray(data113)){
if(data113.length > 0){
const err263 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/domains",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/allOf/1/then/properties/domains/maxItems",keyword:"maxItems",params:{limit: 0},message:"must NOT have more than 0 items"};
if(vErrors === null){
vErrors = [err263];
}
else {
vErrors.push(err263);
}
errors++;
}
}
}
}
var _valid10 = _errs335 === errors;
valid76 = _valid10;
if(valid76){
var props8 = {};
props8.domains = true;
props8.replicas = true;
}
}
if(!valid76){
const err264 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err264];
}
else {
vErrors.push(err264);
}
errors++;
}
if(data111 && typeof data111 == "object" && !Array.isArray(data111)){
for(const key31 in data111){
if(!(func22.call(schema31.properties.projects.additionalProperties.properties.environments.additionalProperties.properties.applications.additionalProperties.properties, key31))){
const err265 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key31},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err265];
}
else {
vErrors.push(err265);
}
errors++;
}
}
if(data111.description !== undefined){
let data114 = data111.description;
if(typeof data114 === "string"){
if(func1(data114) > 255){
const err266 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/description/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err266];
}
else {
vErrors.push(err266);
}
errors++;
}
}
else {
const err267 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err267];
}
else {
vErrors.push(err267);
}
errors++;
}
}
if(data111.server !== undefined){
let data115 = data111.server;
if(typeof data115 === "string"){
if(func1(data115) < 1){
const err268 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/server",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/server/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err268];
}
else {
vErrors.push(err268);
}
errors++;
}
}
else {
const err269 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/server",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/server/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err269];
}
else {
vErrors.push(err269);
}
errors++;
}
}
if(data111.destination !== undefined){
let data116 = data111.destination;
if(typeof data116 === "string"){
if(func1(data116) < 1){
const err270 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/destination",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/destination/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err270];
}
else {
vErrors.push(err270);
}
errors++;
}
}
else {
const err271 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/destination",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/destination/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err271];
}
else {
vErrors.push(err271);
}
errors++;
}
}
if(data111.tags !== undefined){
let data117 = data111.tags;
if(Array.isArray(data117)){
const len6 = data117.length;
for(let i11=0; i11<len6; i11++){
let data118 = data117[i11];
if(typeof data118 === "string"){
if(func1(data118) > 255){
const err272 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/tags/" + i11,schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/tags/items/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err272];
}
else {
vErrors.push(err272);
}
errors++;
}
if(func1(data118) < 2){
const err273 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/tags/" + i11,schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/tags/items/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters"};
if(vErrors === null){
vErrors = [err273];
}
else {
vErrors.push(err273);
}
errors++;
}
if(!pattern4.test(data118)){
const err274 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/tags/" + i11,schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/tags/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._:-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._:-]*$"+"\""};
if(vErrors === null){
vErrors = [err274];
}
else {
vErrors.push(err274);
}
errors++;
}
}
else {
const err275 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/tags/" + i11,schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err275];
}
else {
vErrors.push(err275);
}
errors++;
}
}
let i12 = data117.length;
let j5;
if(i12 > 1){
const indices5 = {};
for(;i12--;){
let item5 = data117[i12];
if(typeof item5 !== "string"){
continue;
}
if(typeof indices5[item5] == "number"){
j5 = indices5[item5];
const err276 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/tags",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/tags/uniqueItems",keyword:"uniqueItems",params:{i: i12, j: j5},message:"must NOT have duplicate items (items ## "+j5+" and "+i12+" are identical)"};
if(vErrors === null){
vErrors = [err276];
}
else {
vErrors.push(err276);
}
errors++;
break;
}
indices5[item5] = i12;
}
}
}
else {
const err277 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/tags",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err277];
}
else {
vErrors.push(err277);
}
errors++;
}
}
if(data111.dependsOn !== undefined){
let data119 = data111.dependsOn;
if(Array.isArray(data119)){
const len7 = data119.length;
for(let i13=0; i13<len7; i13++){
let data120 = data119[i13];
if(typeof data120 === "string"){
if(func1(data120) > 63){
const err278 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/dependsOn/" + i13,schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/dependsOn/items/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters"};
if(vErrors === null){
vErrors = [err278];
}
else {
vErrors.push(err278);
}
errors++;
}
if(func1(data120) < 1){
const err279 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/dependsOn/" + i13,schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/dependsOn/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err279];
}
else {
vErrors.push(err279);
}
errors++;
}
if(!pattern6.test(data120)){
const err280 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/dependsOn/" + i13,schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/dependsOn/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]*$"+"\""};
if(vErrors === null){
vErrors = [err280];
}
else {
vErrors.push(err280);
}
errors++;
}
}
else {
const err281 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/dependsOn/" + i13,schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/dependsOn/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err281];
}
else {
vErrors.push(err281);
}
errors++;
}
}
let i14 = data119.length;
let j6;
if(i14 > 1){
const indices6 = {};
for(;i14--;){
let item6 = data119[i14];
if(typeof item6 !== "string"){
continue;
}
if(typeof indices6[item6] == "number"){
j6 = indices6[item6];
const err282 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/dependsOn",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/dependsOn/uniqueItems",keyword:"uniqueItems",params:{i: i14, j: j6},message:"must NOT have duplicate items (items ## "+j6+" and "+i14+" are identical)"};
if(vErrors === null){
vErrors = [err282];
}
else {
vErrors.push(err282);
}
errors++;
break;
}
indices6[item6] = i14;
}
}
}
else {
const err283 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/dependsOn",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/dependsOn/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err283];
}
else {
vErrors.push(err283);
}
errors++;
}
}
if(data111.protect !== undefined){
if(typeof data111.protect !== "boolean"){
const err284 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/protect",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/protect/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err284];
}
else {
vErrors.push(err284);
}
errors++;
}
}
if(data111.ignoreChanges !== undefined){
let data122 = data111.ignoreChanges;
if(Array.isArray(data122)){
const len8 = data122.length;
for(let i15=0; i15<len8; i15++){
let data123 = data122[i15];
if(typeof data123 === "string"){
if(func1(data123) < 1){
const err285 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/ignoreChanges/" + i15,schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/ignoreChanges/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err285];
}
else {
vErrors.push(err285);
}
errors++;
}
}
else {
const err286 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/ignoreChanges/" + i15,schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/ignoreChanges/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err286];
}
else {
vErrors.push(err286);
}
errors++;
}
}
let i16 = data122.length;
let j7;
if(i16 > 1){
const indices7 = {};
for(;i16--;){
let item7 = data122[i16];
if(typeof item7 !== "string"){
continue;
}
if(typeof indices7[item7] == "number"){
j7 = indices7[item7];
const err287 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/ignoreChanges",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/ignoreChanges/uniqueItems",keyword:"uniqueItems",params:{i: i16, j: j7},message:"must NOT have duplicate items (items ## "+j7+" and "+i16+" are identical)"};
if(vErrors === null){
vErrors = [err287];
}
else {
vErrors.push(err287);
}
errors++;
break;
}
indices7[item7] = i16;
}
}
}
else {
const err288 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/ignoreChanges",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/ignoreChanges/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err288];
}
else {
vErrors.push(err288);
}
errors++;
}
}
if(data111.image !== undefined){
let data124 = data111.image;
if(typeof data124 === "string"){
if(func1(data124) < 1){
const err289 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/image",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/image/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err289];
}
else {
vErrors.push(err289);
}
errors++;
}
if(!pattern14.test(data124)){
const err290 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/image",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/image/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\""};
if(vErrors === null){
vErrors = [err290];
}
else {
vErrors.push(err290);
}
errors++;
}
}
else {
const err291 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/image",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/image/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err291];
}
else {
vErrors.push(err291);
}
errors++;
}
}
if(data111.git !== undefined){
let data125 = data111.git;
if(data125 && typeof data125 == "object" && !Array.isArray(data125)){
if(data125.repository === undefined){
const err292 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/git",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/git/required",keyword:"required",params:{missingProperty: "repository"},message:"must have required property '"+"repository"+"'"};
if(vErrors === null){
vErrors = [err292];
}
else {
vErrors.push(err292);
}
errors++;
}
for(const key32 in data125){
if(!(func22.call(schema31.properties.projects.additionalProperties.properties.environments.additionalProperties.properties.applications.additionalProperties.properties.git.properties, key32))){
const err293 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/git",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/git/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key32},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err293];
}
else {
vErrors.push(err293);
}
errors++;
}
}
if(data125.repository !== undefined){
let data126 = data125.repository;
if(typeof data126 === "string"){
if(func1(data126) < 1){
const err294 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/git/repository",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/git/properties/repository/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err294];
}
else {
vErrors.push(err294);
}
errors++;
}
if(!pattern14.test(data126)){
const err295 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/git/repository",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/git/properties/repository/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\""};
if(vErrors === null){
vErrors = [err295];
}
else {
vErrors.push(err295);
}
errors++;
}
}
else {
const err296 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/git/repository",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/git/properties/repository/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err296];
}
else {
vErrors.push(err296);
}
errors++;
}
}
if(data125.branch !== undefined){
let data127 = data125.branch;
if(typeof data127 === "string"){
if(func1(data127) < 1){
const err297 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/git/branch",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/git/properties/branch/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err297];
}
else {
vErrors.push(err297);
}
errors++;
}
}
else {
const err298 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/git/branch",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/git/properties/branch/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err298];
}
else {
vErrors.push(err298);
}
errors++;
}
}
if(data125.commit !== undefined){
let data128 = data125.commit;
if(typeof data128 === "string"){
if(!pattern29.test(data128)){
const err299 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/git/commit",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/git/properties/commit/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9a-fA-F]{7,40}|HEAD)$"},message:"must match pattern \""+"^(?:[0-9a-fA-F]{7,40}|HEAD)$"+"\""};
if(vErrors === null){
vErrors = [err299];
}
else {
vErrors.push(err299);
}
errors++;
}
}
else {
const err300 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/git/commit",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/git/properties/commit/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err300];
}
else {
vErrors.push(err300);
}
errors++;
}
}
if(data125.githubApp !== undefined){
let data129 = data125.githubApp;
if(typeof data129 === "string"){
if(func1(data129) < 1){
const err301 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/git/githubApp",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/git/properties/githubApp/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err301];
}
else {
vErrors.push(err301);
}
errors++;
}
}
else {
const err302 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/git/githubApp",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/git/properties/githubApp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err302];
}
else {
vErrors.push(err302);
}
errors++;
}
}
if(data125.deployKey !== undefined){
let data130 = data125.deployKey;
if(typeof data130 === "string"){
if(func1(data130) < 1){
const err303 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/git/deployKey",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/git/properties/deployKey/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err303];
}
else {
vErrors.push(err303);
}
errors++;
}
}
else {
const err304 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/git/deployKey",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/git/properties/deployKey/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err304];
}
else {
vErrors.push(err304);
}
errors++;
}
}
if(data125.buildPack !== undefined){
let data131 = data125.buildPack;
if(!(((((data131 === "nixpacks") || (data131 === "railpack")) || (data131 === "static")) || (data131 === "dockerfile")) || (data131 === "dockercompose"))){
const err305 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/git/buildPack",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/git/properties/buildPack/enum",keyword:"enum",params:{allowedValues: schema31.properties.projects.additionalProperties.properties.environments.additionalProperties.properties.applications.additionalProperties.properties.git.properties.buildPack.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err305];
}
else {
vErrors.push(err305);
}
errors++;
}
}
if(data125.baseDirectory !== undefined){
let data132 = data125.baseDirectory;
if(typeof data132 === "string"){
if(!pattern30.test(data132)){
const err306 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/git/baseDirectory",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/git/properties/baseDirectory/pattern",keyword:"pattern",params:{pattern: "^/([a-zA-Z0-9._\\-/~@+]*)?$"},message:"must match pattern \""+"^/([a-zA-Z0-9._\\-/~@+]*)?$"+"\""};
if(vErrors === null){
vErrors = [err306];
}
else {
vErrors.push(err306);
}
errors++;
}
}
else {
const err307 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/git/baseDirectory",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/git/properties/baseDirectory/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err307];
}
else {
vErrors.push(err307);
}
errors++;
}
}
if(data125.dockerfile !== undefined){
let data133 = data125.dockerfile;
if(typeof data133 === "string"){
if(!pattern31.test(data133)){
const err308 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/git/dockerfile",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/git/properties/dockerfile/pattern",keyword:"pattern",params:{pattern: "^/[a-zA-Z0-9._\\-/~@+]+$"},message:"must match pattern \""+"^/[a-zA-Z0-9._\\-/~@+]+$"+"\""};
if(vErrors === null){
vErrors = [err308];
}
else {
vErrors.push(err308);
}
errors++;
}
}
else {
const err309 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/git/dockerfile",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/git/properties/dockerfile/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err309];
}
else {
vErrors.push(err309);
}
errors++;
}
}
if(data125.dockerfileTarget !== undefined){
let data134 = data125.dockerfileTarget;
if(typeof data134 === "string"){
if(!pattern32.test(data134)){
const err310 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/git/dockerfileTarget",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/git/properties/dockerfileTarget/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z0-9][a-zA-Z0-9._-]*$"},message:"must match pattern \""+"^[a-zA-Z0-9][a-zA-Z0-9._-]*$"+"\""};
if(vErrors === null){
vErrors = [err310];
}
else {
vErrors.push(err310);
}
errors++;
}
}
else {
const err311 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/git/dockerfileTarget",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/git/properties/dockerfileTarget/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err311];
}
else {
vErrors.push(err311);
}
errors++;
}
}
if(data125.composeFile !== undefined){
let data135 = data125.composeFile;
if(typeof data135 === "string"){
if(!pattern31.test(data135)){
const err312 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/git/composeFile",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/git/properties/composeFile/pattern",keyword:"pattern",params:{pattern: "^/[a-zA-Z0-9._\\-/~@+]+$"},message:"must match pattern \""+"^/[a-zA-Z0-9._\\-/~@+]+$"+"\""};
if(vErrors === null){
vErrors = [err312];
}
else {
vErrors.push(err312);
}
errors++;
}
}
else {
const err313 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/git/composeFile",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/git/properties/composeFile/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err313];
}
else {
vErrors.push(err313);
}
errors++;
}
}
if(data125.publishDirectory !== undefined){
let data136 = data125.publishDirectory;
if(typeof data136 === "string"){
if(!pattern30.test(data136)){
const err314 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/git/publishDirectory",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/git/properties/publishDirectory/pattern",keyword:"pattern",params:{pattern: "^/([a-zA-Z0-9._\\-/~@+]*)?$"},message:"must match pattern \""+"^/([a-zA-Z0-9._\\-/~@+]*)?$"+"\""};
if(vErrors === null){
vErrors = [err314];
}
else {
vErrors.push(err314);
}
errors++;
}
}
else {
const err315 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/git/publishDirectory",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/git/properties/publishDirectory/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err315];
}
else {
vErrors.push(err315);
}
errors++;
}
}
if(data125.installCommand !== undefined){
if(typeof data125.installCommand !== "string"){
const err316 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/git/installCommand",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/git/properties/installCommand/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err316];
}
else {
vErrors.push(err316);
}
errors++;
}
}
if(data125.buildCommand !== undefined){
if(typeof data125.buildCommand !== "string"){
const err317 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/git/buildCommand",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/git/properties/buildCommand/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err317];
}
else {
vErrors.push(err317);
}
errors++;
}
}
if(data125.startCommand !== undefined){
if(typeof data125.startCommand !== "string"){
const err318 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/git/startCommand",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/git/properties/startCommand/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err318];
}
else {
vErrors.push(err318);
}
errors++;
}
}
if(data125.autoDeploy !== undefined){
if(typeof data125.autoDeploy !== "boolean"){
const err319 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/git/autoDeploy",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/git/properties/autoDeploy/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err319];
}
else {
vErrors.push(err319);
}
errors++;
}
}
if(data125.watchPaths !== undefined){
let data141 = data125.watchPaths;
if(Array.isArray(data141)){
const len9 = data141.length;
for(let i17=0; i17<len9; i17++){
let data142 = data141[i17];
if(typeof data142 === "string"){
if(func1(data142) < 1){
const err320 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/git/watchPaths/" + i17,schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/git/properties/watchPaths/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err320];
}
else {
vErrors.push(err320);
}
errors++;
}
}
else {
const err321 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/git/watchPaths/" + i17,schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/git/properties/watchPaths/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err321];
}
else {
vErrors.push(err321);
}
errors++;
}
}
let i18 = data141.length;
let j8;
if(i18 > 1){
const indices8 = {};
for(;i18--;){
let item8 = data141[i18];
if(typeof item8 !== "string"){
continue;
}
if(typeof indices8[item8] == "number"){
j8 = indices8[item8];
const err322 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/git/watchPaths",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/git/properties/watchPaths/uniqueItems",keyword:"uniqueItems",params:{i: i18, j: j8},message:"must NOT have duplicate items (items ## "+j8+" and "+i18+" are identical)"};
if(vErrors === null){
vErrors = [err322];
}
else {
vErrors.push(err322);
}
errors++;
break;
}
indices8[item8] = i18;
}
}
}
else {
const err323 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/git/watchPaths",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/git/properties/watchPaths/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err323];
}
else {
vErrors.push(err323);
}
errors++;
}
}
if(data125.webhookSecret !== undefined){
if(typeof data125.webhookSecret !== "string"){
const err324 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/git/webhookSecret",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/git/properties/webhookSecret/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err324];
}
else {
vErrors.push(err324);
}
errors++;
}
}
if(data125.githubApp !== undefined){
if(data125 && typeof data125 == "object" && !Array.isArray(data125)){
if(data125.deployKey !== undefined){
const err325 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/git/deployKey",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/git/dependentSchemas/githubApp/properties/deployKey/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err325];
}
else {
vErrors.push(err325);
}
errors++;
}
}
}
if(data125.dockerfile !== undefined){
if(data125 && typeof data125 == "object" && !Array.isArray(data125)){
if(data125.buildPack === undefined){
const err326 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/git",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/git/dependentSchemas/dockerfile/required",keyword:"required",params:{missingProperty: "buildPack"},message:"must have required property '"+"buildPack"+"'"};
if(vErrors === null){
vErrors = [err326];
}
else {
vErrors.push(err326);
}
errors++;
}
if(data125.buildPack !== undefined){
if("dockerfile" !== data125.buildPack){
const err327 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/git/buildPack",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/git/dependentSchemas/dockerfile/properties/buildPack/const",keyword:"const",params:{allowedValue: "dockerfile"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err327];
}
else {
vErrors.push(err327);
}
errors++;
}
}
}
}
if(data125.composeFile !== undefined){
if(data125 && typeof data125 == "object" && !Array.isArray(data125)){
if(data125.buildPack === undefined){
const err328 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/git",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/git/dependentSchemas/composeFile/required",keyword:"required",params:{missingProperty: "buildPack"},message:"must have required property '"+"buildPack"+"'"};
if(vErrors === null){
vErrors = [err328];
}
else {
vErrors.push(err328);
}
errors++;
}
if(data125.buildPack !== undefined){
if("dockercompose" !== data125.buildPack){
const err329 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/git/buildPack",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/git/dependentSchemas/composeFile/properties/buildPack/const",keyword:"const",params:{allowedValue: "dockercompose"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err329];
}
else {
vErrors.push(err329);
}
errors++;
}
}
}
}
}
else {
const err330 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/git",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/git/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err330];
}
else {
vErrors.push(err330);
}
errors++;
}
}
if(data111.dockerfile !== undefined){
let data147 = data111.dockerfile;
if(typeof data147 === "string"){
if(func1(data147) < 1){
const err331 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/dockerfile",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/dockerfile/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err331];
}
else {
vErrors.push(err331);
}
errors++;
}
}
else {
const err332 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/dockerfile",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/dockerfile/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err332];
}
else {
vErrors.push(err332);
}
errors++;
}
}
if(data111.ports !== undefined){
let data148 = data111.ports;
if(Array.isArray(data148)){
if(data148.length < 1){
const err333 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/ports",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/ports/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err333];
}
else {
vErrors.push(err333);
}
errors++;
}
const len10 = data148.length;
for(let i19=0; i19<len10; i19++){
let data149 = data148[i19];
if(!(((typeof data149 == "number") && (!(data149 % 1) && !isNaN(data149))) && (isFinite(data149)))){
const err334 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/ports/" + i19,schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/ports/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err334];
}
else {
vErrors.push(err334);
}
errors++;
}
if((typeof data149 == "number") && (isFinite(data149))){
if(data149 > 65535 || isNaN(data149)){
const err335 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/ports/" + i19,schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/ports/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535"};
if(vErrors === null){
vErrors = [err335];
}
else {
vErrors.push(err335);
}
errors++;
}
if(data149 < 1 || isNaN(data149)){
const err336 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/ports/" + i19,schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/ports/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err336];
}
else {
vErrors.push(err336);
}
errors++;
}
}
}
let i20 = data148.length;
let j9;
if(i20 > 1){
const indices9 = {};
for(;i20--;){
let item9 = data148[i20];
if(!(((typeof item9 == "number") && (!(item9 % 1) && !isNaN(item9))) && (isFinite(item9)))){
continue;
}
if(typeof indices9[item9] == "number"){
j9 = indices9[item9];
const err337 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/ports",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/ports/uniqueItems",keyword:"uniqueItems",params:{i: i20, j: j9},message:"must NOT have duplicate items (items ## "+j9+" and "+i20+" are identical)"};
if(vErrors === null){
vErrors = [err337];
}
else {
vErrors.push(err337);
}
errors++;
break;
}
indices9[item9] = i20;
}
}
}
else {
const err338 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/ports",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/ports/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err338];
}
else {
vErrors.push(err338);
}
errors++;
}
}
if(data111.portMappings !== undefined){
let data150 = data111.portMappings;
if(Array.isArray(data150)){
const len11 = data150.length;
for(let i21=0; i21<len11; i21++){
let data151 = data150[i21];
if(typeof data151 === "string"){
if(!pattern35.test(data151)){
const err339 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/portMappings/" + i21,schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/portMappings/items/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,5}:[0-9]{1,5}$"},message:"must match pattern \""+"^[0-9]{1,5}:[0-9]{1,5}$"+"\""};
if(vErrors === null){
vErrors = [err339];
}
else {
vErrors.push(err339);
}
errors++;
}
}
else {
const err340 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/portMappings/" + i21,schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/portMappings/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err340];
}
else {
vErrors.push(err340);
}
errors++;
}
}
let i22 = data150.length;
let j10;
if(i22 > 1){
const indices10 = {};
for(;i22--;){
let item10 = data150[i22];
if(typeof item10 !== "string"){
continue;
}
if(typeof indices10[item10] == "number"){
j10 = indices10[item10];
const err341 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/portMappings",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/portMappings/uniqueItems",keyword:"uniqueItems",params:{i: i22, j: j10},message:"must NOT have duplicate items (items ## "+j10+" and "+i22+" are identical)"};
if(vErrors === null){
vErrors = [err341];
}
else {
vErrors.push(err341);
}
errors++;
break;
}
indices10[item10] = i22;
}
}
}
else {
const err342 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/portMappings",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/portMappings/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err342];
}
else {
vErrors.push(err342);
}
errors++;
}
}
if(data111.domains !== undefined){
let data152 = data111.domains;
if(Array.isArray(data152)){
const len12 = data152.length;
for(let i23=0; i23<len12; i23++){
let data153 = data152[i23];
if(typeof data153 === "string"){
if(!pattern36.test(data153)){
const err343 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/domains/" + i23,schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/domains/items/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s,/]+(?:/[^\\s,]*)?$"},message:"must match pattern \""+"^https?://[^\\s,/]+(?:/[^\\s,]*)?$"+"\""};
if(vErrors === null){
vErrors = [err343];
}
else {
vErrors.push(err343);
}
errors++;
}
}
else {
const err344 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/domains/" + i23,schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/domains/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err344];
}
else {
vErrors.push(err344);
}
errors++;
}
}
let i24 = data152.length;
let j11;
if(i24 > 1){
const indices11 = {};
for(;i24--;){
let item11 = data152[i24];
if(typeof item11 !== "string"){
continue;
}
if(typeof indices11[item11] == "number"){
j11 = indices11[item11];
const err345 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/domains",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/domains/uniqueItems",keyword:"uniqueItems",params:{i: i24, j: j11},message:"must NOT have duplicate items (items ## "+j11+" and "+i24+" are identical)"};
if(vErrors === null){
vErrors = [err345];
}
else {
vErrors.push(err345);
}
errors++;
break;
}
indices11[item11] = i24;
}
}
}
else {
const err346 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/domains",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/domains/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err346];
}
else {
vErrors.push(err346);
}
errors++;
}
}
if(data111.redirect !== undefined){
let data154 = data111.redirect;
if(!(((data154 === "www") || (data154 === "non-www")) || (data154 === "both"))){
const err347 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/redirect",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/redirect/enum",keyword:"enum",params:{allowedValues: schema31.properties.projects.additionalProperties.properties.environments.additionalProperties.properties.applications.additionalProperties.properties.redirect.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err347];
}
else {
vErrors.push(err347);
}
errors++;
}
}
if(data111.generateDomain !== undefined){
if(typeof data111.generateDomain !== "boolean"){
const err348 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/generateDomain",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/generateDomain/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err348];
}
else {
vErrors.push(err348);
}
errors++;
}
}
if(data111.healthCheck !== undefined){
let data156 = data111.healthCheck;
const _errs443 = errors;
let valid107 = true;
const _errs444 = errors;
if(data156 && typeof data156 == "object" && !Array.isArray(data156)){
let missing9;
if((data156.type === undefined) && (missing9 = "type")){
const err349 = {};
if(vErrors === null){
vErrors = [err349];
}
else {
vErrors.push(err349);
}
errors++;
}
else {
if(data156.type !== undefined){
if("cmd" !== data156.type){
const err350 = {};
if(vErrors === null){
vErrors = [err350];
}
else {
vErrors.push(err350);
}
errors++;
}
}
}
}
var _valid11 = _errs444 === errors;
errors = _errs443;
if(vErrors !== null){
if(_errs443){
vErrors.length = _errs443;
}
else {
vErrors = null;
}
}
if(_valid11){
const _errs446 = errors;
if(data156 && typeof data156 == "object" && !Array.isArray(data156)){
if(data156.command === undefined){
const err351 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/healthCheck",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/healthCheck/allOf/0/then/required",keyword:"required",params:{missingProperty: "command"},message:"must have required property '"+"command"+"'"};
if(vErrors === null){
vErrors = [err351];
}
else {
vErrors.push(err351);
}
errors++;
}
}
var _valid11 = _errs446 === errors;
valid107 = _valid11;
}
if(!valid107){
const err352 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/healthCheck",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/healthCheck/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err352];
}
else {
vErrors.push(err352);
}
errors++;
}
if(data156 && typeof data156 == "object" && !Array.isArray(data156)){
for(const key33 in data156){
if(!(func22.call(schema31.properties.projects.additionalProperties.properties.environments.additionalProperties.properties.applications.additionalProperties.properties.healthCheck.properties, key33))){
const err353 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/healthCheck",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/healthCheck/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key33},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err353];
}
else {
vErrors.push(err353);
}
errors++;
}
}
if(data156.enabled !== undefined){
if(typeof data156.enabled !== "boolean"){
const err354 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/healthCheck/enabled",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/healthCheck/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err354];
}
else {
vErrors.push(err354);
}
errors++;
}
}
if(data156.type !== undefined){
let data159 = data156.type;
if(!((data159 === "http") || (data159 === "cmd"))){
const err355 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/healthCheck/type",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/healthCheck/properties/type/enum",keyword:"enum",params:{allowedValues: schema31.properties.projects.additionalProperties.properties.environments.additionalProperties.properties.applications.additionalProperties.properties.healthCheck.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err355];
}
else {
vErrors.push(err355);
}
errors++;
}
}
if(data156.path !== undefined){
let data160 = data156.path;
if(typeof data160 === "string"){
if(!pattern37.test(data160)){
const err356 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/healthCheck/path",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/healthCheck/properties/path/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\""};
if(vErrors === null){
vErrors = [err356];
}
else {
vErrors.push(err356);
}
errors++;
}
}
else {
const err357 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/healthCheck/path",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/healthCheck/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err357];
}
else {
vErrors.push(err357);
}
errors++;
}
}
if(data156.port !== undefined){
let data161 = data156.port;
if(!(((typeof data161 == "number") && (!(data161 % 1) && !isNaN(data161))) && (isFinite(data161)))){
const err358 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/healthCheck/port",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/healthCheck/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err358];
}
else {
vErrors.push(err358);
}
errors++;
}
if((typeof data161 == "number") && (isFinite(data161))){
if(data161 > 65535 || isNaN(data161)){
const err359 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/healthCheck/port",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/healthCheck/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535"};
if(vErrors === null){
vErrors = [err359];
}
else {
vErrors.push(err359);
}
errors++;
}
if(data161 < 1 || isNaN(data161)){
const err360 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/healthCheck/port",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/healthCheck/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err360];
}
else {
vErrors.push(err360);
}
errors++;
}
}
}
if(data156.host !== undefined){
let data162 = data156.host;
if(typeof data162 === "string"){
if(func1(data162) < 1){
const err361 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/healthCheck/host",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/healthCheck/properties/host/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err361];
}
else {
vErrors.push(err361);
}
errors++;
}
}
else {
const err362 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/healthCheck/host",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/healthCheck/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err362];
}
else {
vErrors.push(err362);
}
errors++;
}
}
if(data156.method !== undefined){
let data163 = data156.method;
if(typeof data163 === "string"){
if(!pattern38.test(data163)){
const err363 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/healthCheck/method",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/healthCheck/properties/method/pattern",keyword:"pattern",params:{pattern: "^[A-Z]+$"},message:"must match pattern \""+"^[A-Z]+$"+"\""};
if(vErrors === null){
vErrors = [err363];
}
else {
vErrors.push(err363);
}
errors++;
}
}
else {
const err364 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/healthCheck/method",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/healthCheck/properties/method/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err364];
}
else {
vErrors.push(err364);
}
errors++;
}
}
if(data156.scheme !== undefined){
let data164 = data156.scheme;
if(!((data164 === "http") || (data164 === "https"))){
const err365 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/healthCheck/scheme",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/healthCheck/properties/scheme/enum",keyword:"enum",params:{allowedValues: schema31.properties.projects.additionalProperties.properties.environments.additionalProperties.properties.applications.additionalProperties.properties.healthCheck.properties.scheme.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err365];
}
else {
vErrors.push(err365);
}
errors++;
}
}
if(data156.returnCode !== undefined){
let data165 = data156.returnCode;
if(!(((typeof data165 == "number") && (!(data165 % 1) && !isNaN(data165))) && (isFinite(data165)))){
const err366 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/healthCheck/returnCode",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/healthCheck/properties/returnCode/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err366];
}
else {
vErrors.push(err366);
}
errors++;
}
if((typeof data165 == "number") && (isFinite(data165))){
if(data165 > 599 || isNaN(data165)){
const err367 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/healthCheck/returnCode",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/healthCheck/properties/returnCode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599"};
if(vErrors === null){
vErrors = [err367];
}
else {
vErrors.push(err367);
}
errors++;
}
if(data165 < 100 || isNaN(data165)){
const err368 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/healthCheck/returnCode",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/healthCheck/properties/returnCode/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100"};
if(vErrors === null){
vErrors = [err368];
}
else {
vErrors.push(err368);
}
errors++;
}
}
}
if(data156.responseText !== undefined){
if(typeof data156.responseText !== "string"){
const err369 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/healthCheck/responseText",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/healthCheck/properties/responseText/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err369];
}
else {
vErrors.push(err369);
}
errors++;
}
}
if(data156.command !== undefined){
let data167 = data156.command;
if(typeof data167 === "string"){
if(func1(data167) < 1){
const err370 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/healthCheck/command",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/healthCheck/properties/command/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err370];
}
else {
vErrors.push(err370);
}
errors++;
}
}
else {
const err371 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/healthCheck/command",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/healthCheck/properties/command/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err371];
}
else {
vErrors.push(err371);
}
errors++;
}
}
if(data156.interval !== undefined){
let data168 = data156.interval;
if(!(((typeof data168 == "number") && (!(data168 % 1) && !isNaN(data168))) && (isFinite(data168)))){
const err372 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/healthCheck/interval",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/healthCheck/properties/interval/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err372];
}
else {
vErrors.push(err372);
}
errors++;
}
if((typeof data168 == "number") && (isFinite(data168))){
if(data168 < 1 || isNaN(data168)){
const err373 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/healthCheck/interval",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/healthCheck/properties/interval/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err373];
}
else {
vErrors.push(err373);
}
errors++;
}
}
}
if(data156.timeout !== undefined){
let data169 = data156.timeout;
if(!(((typeof data169 == "number") && (!(data169 % 1) && !isNaN(data169))) && (isFinite(data169)))){
const err374 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/healthCheck/timeout",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/healthCheck/properties/timeout/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err374];
}
else {
vErrors.push(err374);
}
errors++;
}
if((typeof data169 == "number") && (isFinite(data169))){
if(data169 < 1 || isNaN(data169)){
const err375 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/healthCheck/timeout",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/healthCheck/properties/timeout/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err375];
}
else {
vErrors.push(err375);
}
errors++;
}
}
}
if(data156.retries !== undefined){
let data170 = data156.retries;
if(!(((typeof data170 == "number") && (!(data170 % 1) && !isNaN(data170))) && (isFinite(data170)))){
const err376 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/healthCheck/retries",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/healthCheck/properties/retries/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err376];
}
else {
vErrors.push(err376);
}
errors++;
}
if((typeof data170 == "number") && (isFinite(data170))){
if(data170 < 1 || isNaN(data170)){
const err377 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/healthCheck/retries",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/healthCheck/properties/retries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err377];
}
else {
vErrors.push(err377);
}
errors++;
}
}
}
if(data156.startPeriod !== undefined){
let data171 = data156.startPeriod;
if(!(((typeof data171 == "number") && (!(data171 % 1) && !isNaN(data171))) && (isFinite(data171)))){
const err378 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/healthCheck/startPeriod",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/healthCheck/properties/startPeriod/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err378];
}
else {
vErrors.push(err378);
}
errors++;
}
if((typeof data171 == "number") && (isFinite(data171))){
if(data171 < 0 || isNaN(data171)){
const err379 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/healthCheck/startPeriod",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/healthCheck/properties/startPeriod/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err379];
}
else {
vErrors.push(err379);
}
errors++;
}
}
}
}
else {
const err380 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/healthCheck",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/healthCheck/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err380];
}
else {
vErrors.push(err380);
}
errors++;
}
}
if(data111.limits !== undefined){
let data172 = data111.limits;
if(data172 && typeof data172 == "object" && !Array.isArray(data172)){
for(const key34 in data172){
if(!(((((((key34 === "cpus") || (key34 === "memory")) || (key34 === "memorySwap")) || (key34 === "memorySwappiness")) || (key34 === "memoryReservation")) || (key34 === "cpuset")) || (key34 === "cpuShares"))){
const err381 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/limits",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/limits/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key34},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err381];
}
else {
vErrors.push(err381);
}
errors++;
}
}
if(data172.cpus !== undefined){
let data173 = data172.cpus;
if((!((typeof data173 == "number") && (isFinite(data173)))) && (typeof data173 !== "string")){
const err382 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/limits/cpus",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/limits/properties/cpus/type",keyword:"type",params:{type: schema31.properties.projects.additionalProperties.properties.environments.additionalProperties.properties.applications.additionalProperties.properties.limits.properties.cpus.type},message:"must be number,string"};
if(vErrors === null){
vErrors = [err382];
}
else {
vErrors.push(err382);
}
errors++;
}
if((typeof data173 == "number") && (isFinite(data173))){
if(data173 <= 0 || isNaN(data173)){
const err383 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/limits/cpus",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/limits/properties/cpus/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err383];
}
else {
vErrors.push(err383);
}
errors++;
}
}
if(typeof data173 === "string"){
if(!pattern15.test(data173)){
const err384 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/limits/cpus",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/limits/properties/cpus/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?$"+"\""};
if(vErrors === null){
vErrors = [err384];
}
else {
vErrors.push(err384);
}
errors++;
}
}
}
if(data172.memory !== undefined){
let data174 = data172.memory;
if(typeof data174 === "string"){
if(!pattern16.test(data174)){
const err385 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/limits/memory",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/limits/properties/memory/pattern",keyword:"pattern",params:{pattern: "^[0-9]+[bkmgBKMG]?$"},message:"must match pattern \""+"^[0-9]+[bkmgBKMG]?$"+"\""};
if(vErrors === null){
vErrors = [err385];
}
else {
vErrors.push(err385);
}
errors++;
}
}
else {
const err386 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/limits/memory",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/limits/properties/memory/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err386];
}
else {
vErrors.push(err386);
}
errors++;
}
}
if(data172.memorySwap !== undefined){
let data175 = data172.memorySwap;
if(typeof data175 === "string"){
if(!pattern16.test(data175)){
const err387 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/limits/memorySwap",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/limits/properties/memorySwap/pattern",keyword:"pattern",params:{pattern: "^[0-9]+[bkmgBKMG]?$"},message:"must match pattern \""+"^[0-9]+[bkmgBKMG]?$"+"\""};
if(vErrors === null){
vErrors = [err387];
}
else {
vErrors.push(err387);
}
errors++;
}
}
else {
const err388 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/limits/memorySwap",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/limits/properties/memorySwap/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err388];
}
else {
vErrors.push(err388);
}
errors++;
}
}
if(data172.memorySwappiness !== undefined){
let data176 = data172.memorySwappiness;
if(!(((typeof data176 == "number") && (!(data176 % 1) && !isNaN(data176))) && (isFinite(data176)))){
const err389 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/limits/memorySwappiness",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/limits/properties/memorySwappiness/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err389];
}
else {
vErrors.push(err389);
}
errors++;
}
if((typeof data176 == "number") && (isFinite(data176))){
if(data176 > 100 || isNaN(data176)){
const err390 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/limits/memorySwappiness",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/limits/properties/memorySwappiness/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err390];
}
else {
vErrors.push(err390);
}
errors++;
}
if(data176 < 0 || isNaN(data176)){
const err391 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/limits/memorySwappiness",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/limits/properties/memorySwappiness/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err391];
}
else {
vErrors.push(err391);
}
errors++;
}
}
}
if(data172.memoryReservation !== undefined){
let data177 = data172.memoryReservation;
if(typeof data177 === "string"){
if(!pattern16.test(data177)){
const err392 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/limits/memoryReservation",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/limits/properties/memoryReservation/pattern",keyword:"pattern",params:{pattern: "^[0-9]+[bkmgBKMG]?$"},message:"must match pattern \""+"^[0-9]+[bkmgBKMG]?$"+"\""};
if(vErrors === null){
vErrors = [err392];
}
else {
vErrors.push(err392);
}
errors++;
}
}
else {
const err393 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/limits/memoryReservation",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/limits/properties/memoryReservation/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err393];
}
else {
vErrors.push(err393);
}
errors++;
}
}
if(data172.cpuset !== undefined){
let data178 = data172.cpuset;
if(typeof data178 === "string"){
if(!pattern19.test(data178)){
const err394 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/limits/cpuset",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/limits/properties/cpuset/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(?:[-,][0-9]+)*$"},message:"must match pattern \""+"^[0-9]+(?:[-,][0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err394];
}
else {
vErrors.push(err394);
}
errors++;
}
}
else {
const err395 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/limits/cpuset",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/limits/properties/cpuset/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err395];
}
else {
vErrors.push(err395);
}
errors++;
}
}
if(data172.cpuShares !== undefined){
let data179 = data172.cpuShares;
if(!(((typeof data179 == "number") && (!(data179 % 1) && !isNaN(data179))) && (isFinite(data179)))){
const err396 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/limits/cpuShares",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/limits/properties/cpuShares/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err396];
}
else {
vErrors.push(err396);
}
errors++;
}
if((typeof data179 == "number") && (isFinite(data179))){
if(data179 < 2 || isNaN(data179)){
const err397 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/limits/cpuShares",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/limits/properties/cpuShares/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},message:"must be >= 2"};
if(vErrors === null){
vErrors = [err397];
}
else {
vErrors.push(err397);
}
errors++;
}
}
}
}
else {
const err398 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/limits",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/limits/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err398];
}
else {
vErrors.push(err398);
}
errors++;
}
}
if(data111.env !== undefined){
let data180 = data111.env;
if(data180 && typeof data180 == "object" && !Array.isArray(data180)){
for(const key35 in data180){
const _errs501 = errors;
if(typeof key35 === "string"){
if(!pattern8.test(key35)){
const err399 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/env",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/env/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_.]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_.]*$"+"\"",propertyName:key35};
if(vErrors === null){
vErrors = [err399];
}
else {
vErrors.push(err399);
}
errors++;
}
}
else {
const err400 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/env",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/env/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key35};
if(vErrors === null){
vErrors = [err400];
}
else {
vErrors.push(err400);
}
errors++;
}
var valid111 = _errs501 === errors;
if(!valid111){
const err401 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/env",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/env/propertyNames",keyword:"propertyNames",params:{propertyName: key35},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err401];
}
else {
vErrors.push(err401);
}
errors++;
}
}
for(const key36 in data180){
let data181 = data180[key36];
if((((typeof data181 !== "string") && (!((typeof data181 == "number") && (isFinite(data181))))) && (typeof data181 !== "boolean")) && (!(data181 && typeof data181 == "object" && !Array.isArray(data181)))){
const err402 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/env/" + key36.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/env/additionalProperties/type",keyword:"type",params:{type: schema31.properties.projects.additionalProperties.properties.environments.additionalProperties.properties.applications.additionalProperties.properties.env.additionalProperties.type},message:"must be string,number,boolean,object"};
if(vErrors === null){
vErrors = [err402];
}
else {
vErrors.push(err402);
}
errors++;
}
const _errs507 = errors;
let valid113 = true;
const _errs508 = errors;
if(!(data181 && typeof data181 == "object" && !Array.isArray(data181))){
const err403 = {};
if(vErrors === null){
vErrors = [err403];
}
else {
vErrors.push(err403);
}
errors++;
}
var _valid12 = _errs508 === errors;
errors = _errs507;
if(vErrors !== null){
if(_errs507){
vErrors.length = _errs507;
}
else {
vErrors = null;
}
}
if(_valid12){
const _errs510 = errors;
if(data181 && typeof data181 == "object" && !Array.isArray(data181)){
if(data181.value === undefined){
const err404 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/env/" + key36.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/env/additionalProperties/then/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err404];
}
else {
vErrors.push(err404);
}
errors++;
}
for(const key37 in data181){
if(!(((((((key37 === "value") || (key37 === "buildTime")) || (key37 === "runtime")) || (key37 === "literal")) || (key37 === "multiline")) || (key37 === "sensitive")) || (key37 === "comment"))){
const err405 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/env/" + key36.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/env/additionalProperties/then/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key37},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err405];
}
else {
vErrors.push(err405);
}
errors++;
}
}
if(data181.value !== undefined){
let data182 = data181.value;
if(((typeof data182 !== "string") && (!((typeof data182 == "number") && (isFinite(data182))))) && (typeof data182 !== "boolean")){
const err406 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/env/" + key36.replace(/~/g, "~0").replace(/\//g, "~1")+"/value",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/env/additionalProperties/then/properties/value/type",keyword:"type",params:{type: schema31.properties.projects.additionalProperties.properties.environments.additionalProperties.properties.applications.additionalProperties.properties.env.additionalProperties.then.properties.value.type},message:"must be string,number,boolean"};
if(vErrors === null){
vErrors = [err406];
}
else {
vErrors.push(err406);
}
errors++;
}
}
if(data181.buildTime !== undefined){
if(typeof data181.buildTime !== "boolean"){
const err407 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/env/" + key36.replace(/~/g, "~0").replace(/\//g, "~1")+"/buildTime",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/env/additionalProperties/then/properties/buildTime/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err407];
}
else {
vErrors.push(err407);
}
errors++;
}
}
if(data181.runtime !== undefined){
if(typeof data181.runtime !== "boolean"){
const err408 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/env/" + key36.replace(/~/g, "~0").replace(/\//g, "~1")+"/runtime",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/env/additionalProperties/then/properties/runtime/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err408];
}
else {
vErrors.push(err408);
}
errors++;
}
}
if(data181.literal !== undefined){
if(typeof data181.literal !== "boolean"){
const err409 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/env/" + key36.replace(/~/g, "~0").replace(/\//g, "~1")+"/literal",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/env/additionalProperties/then/properties/literal/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err409];
}
else {
vErrors.push(err409);
}
errors++;
}
}
if(data181.multiline !== undefined){
if(typeof data181.multiline !== "boolean"){
const err410 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/env/" + key36.replace(/~/g, "~0").replace(/\//g, "~1")+"/multiline",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/env/additionalProperties/then/properties/multiline/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err410];
}
else {
vErrors.push(err410);
}
errors++;
}
}
if(data181.sensitive !== undefined){
if(typeof data181.sensitive !== "boolean"){
const err411 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/env/" + key36.replace(/~/g, "~0").replace(/\//g, "~1")+"/sensitive",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/env/additionalProperties/then/properties/sensitive/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err411];
}
else {
vErrors.push(err411);
}
errors++;
}
}
if(data181.comment !== undefined){
if(typeof data181.comment !== "string"){
const err412 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/env/" + key36.replace(/~/g, "~0").replace(/\//g, "~1")+"/comment",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/env/additionalProperties/then/properties/comment/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err412];
}
else {
vErrors.push(err412);
}
errors++;
}
}
}
else {
const err413 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/env/" + key36.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/env/additionalProperties/then/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err413];
}
else {
vErrors.push(err413);
}
errors++;
}
var _valid12 = _errs510 === errors;
valid113 = _valid12;
}
if(!valid113){
const err414 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/env/" + key36.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/env/additionalProperties/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err414];
}
else {
vErrors.push(err414);
}
errors++;
}
}
}
else {
const err415 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/env",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/env/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err415];
}
else {
vErrors.push(err415);
}
errors++;
}
}
if(data111.preDeploy !== undefined){
let data189 = data111.preDeploy;
if((typeof data189 !== "string") && (!(data189 && typeof data189 == "object" && !Array.isArray(data189)))){
const err416 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/preDeploy",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/preDeploy/type",keyword:"type",params:{type: schema31.properties.projects.additionalProperties.properties.environments.additionalProperties.properties.applications.additionalProperties.properties.preDeploy.type},message:"must be string,object"};
if(vErrors === null){
vErrors = [err416];
}
else {
vErrors.push(err416);
}
errors++;
}
const _errs530 = errors;
let valid115 = true;
const _errs531 = errors;
if(!(data189 && typeof data189 == "object" && !Array.isArray(data189))){
const err417 = {};
if(vErrors === null){
vErrors = [err417];
}
else {
vErrors.push(err417);
}
errors++;
}
var _valid13 = _errs531 === errors;
errors = _errs530;
if(vErrors !== null){
if(_errs530){
vErrors.length = _errs530;
}
else {
vErrors = null;
}
}
if(_valid13){
const _errs533 = errors;
if(data189 && typeof data189 == "object" && !Array.isArray(data189)){
if(data189.command === undefined){
const err418 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/preDeploy",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/preDeploy/then/required",keyword:"required",params:{missingProperty: "command"},message:"must have required property '"+"command"+"'"};
if(vErrors === null){
vErrors = [err418];
}
else {
vErrors.push(err418);
}
errors++;
}
for(const key38 in data189){
if(!((key38 === "command") || (key38 === "container"))){
const err419 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/preDeploy",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/preDeploy/then/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key38},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err419];
}
else {
vErrors.push(err419);
}
errors++;
}
}
if(data189.command !== undefined){
let data190 = data189.command;
if(typeof data190 === "string"){
if(func1(data190) < 1){
const err420 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/preDeploy/command",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/preDeploy/then/properties/command/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err420];
}
else {
vErrors.push(err420);
}
errors++;
}
}
else {
const err421 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/preDeploy/command",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/preDeploy/then/properties/command/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err421];
}
else {
vErrors.push(err421);
}
errors++;
}
}
if(data189.container !== undefined){
let data191 = data189.container;
if(typeof data191 === "string"){
if(func1(data191) < 1){
const err422 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/preDeploy/container",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/preDeploy/then/properties/container/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err422];
}
else {
vErrors.push(err422);
}
errors++;
}
}
else {
const err423 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/preDeploy/container",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/preDeploy/then/properties/container/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err423];
}
else {
vErrors.push(err423);
}
errors++;
}
}
}
else {
const err424 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/preDeploy",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/preDeploy/then/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err424];
}
else {
vErrors.push(err424);
}
errors++;
}
var _valid13 = _errs533 === errors;
valid115 = _valid13;
}
if(!valid115){
const err425 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/preDeploy",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/preDeploy/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err425];
}
else {
vErrors.push(err425);
}
errors++;
}
}
if(data111.postDeploy !== undefined){
let data192 = data111.postDeploy;
if((typeof data192 !== "string") && (!(data192 && typeof data192 == "object" && !Array.isArray(data192)))){
const err426 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/postDeploy",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/postDeploy/type",keyword:"type",params:{type: schema31.properties.projects.additionalProperties.properties.environments.additionalProperties.properties.applications.additionalProperties.properties.postDeploy.type},message:"must be string,object"};
if(vErrors === null){
vErrors = [err426];
}
else {
vErrors.push(err426);
}
errors++;
}
const _errs543 = errors;
let valid117 = true;
const _errs544 = errors;
if(!(data192 && typeof data192 == "object" && !Array.isArray(data192))){
const err427 = {};
if(vErrors === null){
vErrors = [err427];
}
else {
vErrors.push(err427);
}
errors++;
}
var _valid14 = _errs544 === errors;
errors = _errs543;
if(vErrors !== null){
if(_errs543){
vErrors.length = _errs543;
}
else {
vErrors = null;
}
}
if(_valid14){
const _errs546 = errors;
if(data192 && typeof data192 == "object" && !Array.isArray(data192)){
if(data192.command === undefined){
const err428 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/postDeploy",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/postDeploy/then/required",keyword:"required",params:{missingProperty: "command"},message:"must have required property '"+"command"+"'"};
if(vErrors === null){
vErrors = [err428];
}
else {
vErrors.push(err428);
}
errors++;
}
for(const key39 in data192){
if(!((key39 === "command") || (key39 === "container"))){
const err429 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/postDeploy",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/postDeploy/then/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key39},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err429];
}
else {
vErrors.push(err429);
}
errors++;
}
}
if(data192.command !== undefined){
let data193 = data192.command;
if(typeof data193 === "string"){
if(func1(data193) < 1){
const err430 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/postDeploy/command",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/postDeploy/then/properties/command/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err430];
}
else {
vErrors.push(err430);
}
errors++;
}
}
else {
const err431 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/postDeploy/command",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/postDeploy/then/properties/command/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err431];
}
else {
vErrors.push(err431);
}
errors++;
}
}
if(data192.container !== undefined){
let data194 = data192.container;
if(typeof data194 === "string"){
if(func1(data194) < 1){
const err432 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/postDeploy/container",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/postDeploy/then/properties/container/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err432];
}
else {
vErrors.push(err432);
}
errors++;
}
}
else {
const err433 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/postDeploy/container",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/postDeploy/then/properties/container/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err433];
}
else {
vErrors.push(err433);
}
errors++;
}
}
}
else {
const err434 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/postDeploy",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/postDeploy/then/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err434];
}
else {
vErrors.push(err434);
}
errors++;
}
var _valid14 = _errs546 === errors;
valid117 = _valid14;
}
if(!valid117){
const err435 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/postDeploy",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/postDeploy/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err435];
}
else {
vErrors.push(err435);
}
errors++;
}
}
if(data111.previews !== undefined){
let data195 = data111.previews;
if(data195 && typeof data195 == "object" && !Array.isArray(data195)){
for(const key40 in data195){
if(!(((((key40 === "enabled") || (key40 === "urlTemplate")) || (key40 === "public")) || (key40 === "ttl")) || (key40 === "env"))){
const err436 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/previews",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/previews/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key40},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err436];
}
else {
vErrors.push(err436);
}
errors++;
}
}
if(data195.enabled !== undefined){
if(typeof data195.enabled !== "boolean"){
const err437 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/previews/enabled",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/previews/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err437];
}
else {
vErrors.push(err437);
}
errors++;
}
}
if(data195.urlTemplate !== undefined){
let data197 = data195.urlTemplate;
if(typeof data197 === "string"){
if(func1(data197) < 1){
const err438 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/previews/urlTemplate",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/previews/properties/urlTemplate/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err438];
}
else {
vErrors.push(err438);
}
errors++;
}
}
else {
const err439 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/previews/urlTemplate",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/previews/properties/urlTemplate/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err439];
}
else {
vErrors.push(err439);
}
errors++;
}
}
if(data195.public !== undefined){
if(typeof data195.public !== "boolean"){
const err440 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/previews/public",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/previews/properties/public/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err440];
}
else {
vErrors.push(err440);
}
errors++;
}
}
if(data195.ttl !== undefined){
let data199 = data195.ttl;
if(typeof data199 === "string"){
if(!pattern45.test(data199)){
const err441 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/previews/ttl",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/previews/properties/ttl/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9]+(?:\\.[0-9]+)?(?:ms|s|m|h|d|w))+$"},message:"must match pattern \""+"^(?:[0-9]+(?:\\.[0-9]+)?(?:ms|s|m|h|d|w))+$"+"\""};
if(vErrors === null){
vErrors = [err441];
}
else {
vErrors.push(err441);
}
errors++;
}
}
else {
const err442 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/previews/ttl",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/previews/properties/ttl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err442];
}
else {
vErrors.push(err442);
}
errors++;
}
}
if(data195.env !== undefined){
let data200 = data195.env;
if(data200 && typeof data200 == "object" && !Array.isArray(data200)){
for(const key41 in data200){
const _errs568 = errors;
if(typeof key41 === "string"){
if(!pattern8.test(key41)){
const err443 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/previews/env",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/previews/properties/env/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_.]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_.]*$"+"\"",propertyName:key41};
if(vErrors === null){
vErrors = [err443];
}
else {
vErrors.push(err443);
}
errors++;
}
}
else {
const err444 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/previews/env",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/previews/properties/env/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key41};
if(vErrors === null){
vErrors = [err444];
}
else {
vErrors.push(err444);
}
errors++;
}
var valid120 = _errs568 === errors;
if(!valid120){
const err445 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/previews/env",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/previews/properties/env/propertyNames",keyword:"propertyNames",params:{propertyName: key41},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err445];
}
else {
vErrors.push(err445);
}
errors++;
}
}
for(const key42 in data200){
let data201 = data200[key42];
if((((typeof data201 !== "string") && (!((typeof data201 == "number") && (isFinite(data201))))) && (typeof data201 !== "boolean")) && (!(data201 && typeof data201 == "object" && !Array.isArray(data201)))){
const err446 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/previews/env/" + key42.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/previews/properties/env/additionalProperties/type",keyword:"type",params:{type: schema31.properties.projects.additionalProperties.properties.environments.additionalProperties.properties.applications.additionalProperties.properties.previews.properties.env.additionalProperties.type},message:"must be string,number,boolean,object"};
if(vErrors === null){
vErrors = [err446];
}
else {
vErrors.push(err446);
}
errors++;
}
const _errs574 = errors;
let valid122 = true;
const _errs575 = errors;
if(!(data201 && typeof data201 == "object" && !Array.isArray(data201))){
const err447 = {};
if(vErrors === null){
vErrors = [err447];
}
else {
vErrors.push(err447);
}
errors++;
}
var _valid15 = _errs575 === errors;
errors = _errs574;
if(vErrors !== null){
if(_errs574){
vErrors.length = _errs574;
}
else {
vErrors = null;
}
}
if(_valid15){
const _errs577 = errors;
if(data201 && typeof data201 == "object" && !Array.isArray(data201)){
if(data201.value === undefined){
const err448 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/previews/env/" + key42.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/previews/properties/env/additionalProperties/then/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err448];
}
else {
vErrors.push(err448);
}
errors++;
}
for(const key43 in data201){
if(!(((((((key43 === "value") || (key43 === "buildTime")) || (key43 === "runtime")) || (key43 === "literal")) || (key43 === "multiline")) || (key43 === "sensitive")) || (key43 === "comment"))){
const err449 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/previews/env/" + key42.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/previews/properties/env/additionalProperties/then/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key43},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err449];
}
else {
vErrors.push(err449);
}
errors++;
}
}
if(data201.value !== undefined){
let data202 = data201.value;
if(((typeof data202 !== "string") && (!((typeof data202 == "number") && (isFinite(data202))))) && (typeof data202 !== "boolean")){
const err450 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/previews/env/" + key42.replace(/~/g, "~0").replace(/\//g, "~1")+"/value",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/previews/properties/env/additionalProperties/then/properties/value/type",keyword:"type",params:{type: schema31.properties.projects.additionalProperties.properties.environments.additionalProperties.properties.applications.additionalProperties.properties.previews.properties.env.additionalProperties.then.properties.value.type},message:"must be string,number,boolean"};
if(vErrors === null){
vErrors = [err450];
}
else {
vErrors.push(err450);
}
errors++;
}
}
if(data201.buildTime !== undefined){
if(typeof data201.buildTime !== "boolean"){
const err451 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/previews/env/" + key42.replace(/~/g, "~0").replace(/\//g, "~1")+"/buildTime",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/previews/properties/env/additionalProperties/then/properties/buildTime/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err451];
}
else {
vErrors.push(err451);
}
errors++;
}
}
if(data201.runtime !== undefined){
if(typeof data201.runtime !== "boolean"){
const err452 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/previews/env/" + key42.replace(/~/g, "~0").replace(/\//g, "~1")+"/runtime",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/previews/properties/env/additionalProperties/then/properties/runtime/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err452];
}
else {
vErrors.push(err452);
}
errors++;
}
}
if(data201.literal !== undefined){
if(typeof data201.literal !== "boolean"){
const err453 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/previews/env/" + key42.replace(/~/g, "~0").replace(/\//g, "~1")+"/literal",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/previews/properties/env/additionalProperties/then/properties/literal/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err453];
}
else {
vErrors.push(err453);
}
errors++;
}
}
if(data201.multiline !== undefined){
if(typeof data201.multiline !== "boolean"){
const err454 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/previews/env/" + key42.replace(/~/g, "~0").replace(/\//g, "~1")+"/multiline",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/previews/properties/env/additionalProperties/then/properties/multiline/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err454];
}
else {
vErrors.push(err454);
}
errors++;
}
}
if(data201.sensitive !== undefined){
if(typeof data201.sensitive !== "boolean"){
const err455 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/previews/env/" + key42.replace(/~/g, "~0").replace(/\//g, "~1")+"/sensitive",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/previews/properties/env/additionalProperties/then/properties/sensitive/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err455];
}
else {
vErrors.push(err455);
}
errors++;
}
}
if(data201.comment !== undefined){
if(typeof data201.comment !== "string"){
const err456 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/previews/env/" + key42.replace(/~/g, "~0").replace(/\//g, "~1")+"/comment",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/previews/properties/env/additionalProperties/then/properties/comment/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err456];
}
else {
vErrors.push(err456);
}
errors++;
}
}
}
else {
const err457 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/previews/env/" + key42.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/previews/properties/env/additionalProperties/then/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err457];
}
else {
vErrors.push(err457);
}
errors++;
}
var _valid15 = _errs577 === errors;
valid122 = _valid15;
}
if(!valid122){
const err458 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/previews/env/" + key42.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/previews/properties/env/additionalProperties/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err458];
}
else {
vErrors.push(err458);
}
errors++;
}
}
}
else {
const err459 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/previews/env",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/previews/properties/env/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err459];
}
else {
vErrors.push(err459);
}
errors++;
}
}
}
else {
const err460 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/previews",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/previews/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err460];
}
else {
vErrors.push(err460);
}
errors++;
}
}
if(data111.scheduledTasks !== undefined){
let data209 = data111.scheduledTasks;
if(data209 && typeof data209 == "object" && !Array.isArray(data209)){
for(const key44 in data209){
const _errs597 = errors;
if(typeof key44 === "string"){
if(func1(key44) > 63){
const err461 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/scheduledTasks",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/scheduledTasks/propertyNames/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters",propertyName:key44};
if(vErrors === null){
vErrors = [err461];
}
else {
vErrors.push(err461);
}
errors++;
}
if(func1(key44) < 1){
const err462 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/scheduledTasks",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/scheduledTasks/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",propertyName:key44};
if(vErrors === null){
vErrors = [err462];
}
else {
vErrors.push(err462);
}
errors++;
}
if(!pattern6.test(key44)){
const err463 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/scheduledTasks",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/scheduledTasks/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]*$"+"\"",propertyName:key44};
if(vErrors === null){
vErrors = [err463];
}
else {
vErrors.push(err463);
}
errors++;
}
}
else {
const err464 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/scheduledTasks",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/scheduledTasks/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key44};
if(vErrors === null){
vErrors = [err464];
}
else {
vErrors.push(err464);
}
errors++;
}
var valid124 = _errs597 === errors;
if(!valid124){
const err465 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/scheduledTasks",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/scheduledTasks/propertyNames",keyword:"propertyNames",params:{propertyName: key44},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err465];
}
else {
vErrors.push(err465);
}
errors++;
}
}
for(const key45 in data209){
let data210 = data209[key45];
if(data210 && typeof data210 == "object" && !Array.isArray(data210)){
if(data210.command === undefined){
const err466 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/scheduledTasks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/scheduledTasks/additionalProperties/required",keyword:"required",params:{missingProperty: "command"},message:"must have required property '"+"command"+"'"};
if(vErrors === null){
vErrors = [err466];
}
else {
vErrors.push(err466);
}
errors++;
}
if(data210.frequency === undefined){
const err467 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/scheduledTasks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/scheduledTasks/additionalProperties/required",keyword:"required",params:{missingProperty: "frequency"},message:"must have required property '"+"frequency"+"'"};
if(vErrors === null){
vErrors = [err467];
}
else {
vErrors.push(err467);
}
errors++;
}
for(const key46 in data210){
if(!(((((key46 === "command") || (key46 === "frequency")) || (key46 === "container")) || (key46 === "enabled")) || (key46 === "timeout"))){
const err468 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/scheduledTasks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/scheduledTasks/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key46},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err468];
}
else {
vErrors.push(err468);
}
errors++;
}
}
if(data210.command !== undefined){
let data211 = data210.command;
if(typeof data211 === "string"){
if(func1(data211) < 1){
const err469 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/scheduledTasks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1")+"/command",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/scheduledTasks/additionalProperties/properties/command/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err469];
}
else {
vErrors.push(err469);
}
errors++;
}
}
else {
const err470 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/scheduledTasks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1")+"/command",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/scheduledTasks/additionalProperties/properties/command/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err470];
}
else {
vErrors.push(err470);
}
errors++;
}
}
if(data210.frequency !== undefined){
let data212 = data210.frequency;
if(typeof data212 === "string"){
if(!pattern22.test(data212)){
const err471 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/scheduledTasks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1")+"/frequency",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/scheduledTasks/additionalProperties/properties/frequency/pattern",keyword:"pattern",params:{pattern: "^(?:every_minute|hourly|daily|weekly|monthly|yearly|@(?:hourly|daily|midnight|weekly|monthly|yearly|annually)|[0-9A-Za-z*,/?#-]+(?:[ \\t]+[0-9A-Za-z*,/?#-]+){4})$"},message:"must match pattern \""+"^(?:every_minute|hourly|daily|weekly|monthly|yearly|@(?:hourly|daily|midnight|weekly|monthly|yearly|annually)|[0-9A-Za-z*,/?#-]+(?:[ \\t]+[0-9A-Za-z*,/?#-]+){4})$"+"\""};
if(vErrors === null){
vErrors = [err471];
}
else {
vErrors.push(err471);
}
errors++;
}
}
else {
const err472 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/scheduledTasks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1")+"/frequency",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/scheduledTasks/additionalProperties/properties/frequency/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err472];
}
else {
vErrors.push(err472);
}
errors++;
}
}
if(data210.container !== undefined){
let data213 = data210.container;
if(typeof data213 === "string"){
if(func1(data213) < 1){
const err473 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/scheduledTasks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1")+"/container",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/scheduledTasks/additionalProperties/properties/container/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err473];
}
else {
vErrors.push(err473);
}
errors++;
}
}
else {
const err474 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/scheduledTasks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1")+"/container",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/scheduledTasks/additionalProperties/properties/container/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err474];
}
else {
vErrors.push(err474);
}
errors++;
}
}
if(data210.enabled !== undefined){
if(typeof data210.enabled !== "boolean"){
const err475 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/scheduledTasks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1")+"/enabled",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/scheduledTasks/additionalProperties/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err475];
}
else {
vErrors.push(err475);
}
errors++;
}
}
if(data210.timeout !== undefined){
let data215 = data210.timeout;
if(!(((typeof data215 == "number") && (!(data215 % 1) && !isNaN(data215))) && (isFinite(data215)))){
const err476 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/scheduledTasks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1")+"/timeout",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/scheduledTasks/additionalProperties/properties/timeout/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err476];
}
else {
vErrors.push(err476);
}
errors++;
}
if((typeof data215 == "number") && (isFinite(data215))){
if(data215 < 1 || isNaN(data215)){
const err477 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/scheduledTasks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1")+"/timeout",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/scheduledTasks/additionalProperties/properties/timeout/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err477];
}
else {
vErrors.push(err477);
}
errors++;
}
}
}
}
else {
const err478 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/scheduledTasks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/scheduledTasks/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err478];
}
else {
vErrors.push(err478);
}
errors++;
}
}
}
else {
const err479 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/scheduledTasks",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/scheduledTasks/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err479];
}
else {
vErrors.push(err479);
}
errors++;
}
}
if(data111.storages !== undefined){
let data216 = data111.storages;
if(data216 && typeof data216 == "object" && !Array.isArray(data216)){
for(const key47 in data216){
const _errs617 = errors;
if(typeof key47 === "string"){
if(func1(key47) > 63){
const err480 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/storages",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/storages/propertyNames/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters",propertyName:key47};
if(vErrors === null){
vErrors = [err480];
}
else {
vErrors.push(err480);
}
errors++;
}
if(func1(key47) < 1){
const err481 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/storages",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/storages/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",propertyName:key47};
if(vErrors === null){
vErrors = [err481];
}
else {
vErrors.push(err481);
}
errors++;
}
if(!pattern6.test(key47)){
const err482 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/storages",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/storages/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]*$"+"\"",propertyName:key47};
if(vErrors === null){
vErrors = [err482];
}
else {
vErrors.push(err482);
}
errors++;
}
}
else {
const err483 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/storages",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/storages/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key47};
if(vErrors === null){
vErrors = [err483];
}
else {
vErrors.push(err483);
}
errors++;
}
var valid127 = _errs617 === errors;
if(!valid127){
const err484 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/storages",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/storages/propertyNames",keyword:"propertyNames",params:{propertyName: key47},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err484];
}
else {
vErrors.push(err484);
}
errors++;
}
}
for(const key48 in data216){
let data217 = data216[key48];
const _errs623 = errors;
let valid129 = true;
const _errs624 = errors;
if(data217 && typeof data217 == "object" && !Array.isArray(data217)){
let missing10;
if((data217.type === undefined) && (missing10 = "type")){
const err485 = {};
if(vErrors === null){
vErrors = [err485];
}
else {
vErrors.push(err485);
}
errors++;
}
else {
if(data217.type !== undefined){
if("file" !== data217.type){
const err486 = {};
if(vErrors === null){
vErrors = [err486];
}
else {
vErrors.push(err486);
}
errors++;
}
}
}
}
var _valid16 = _errs624 === errors;
errors = _errs623;
if(vErrors !== null){
if(_errs623){
vErrors.length = _errs623;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid16){
const _errs626 = errors;
if(data217 && typeof data217 == "object" && !Array.isArray(data217)){
if(data217.hostPath !== undefined){
const err487 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/storages/" + key48.replace(/~/g, "~0").replace(/\//g, "~1")+"/hostPath",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/storages/additionalProperties/then/properties/hostPath/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err487];
}
else {
vErrors.push(err487);
}
errors++;
}
if(data217.backup !== undefined){
const err488 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/storages/" + key48.replace(/~/g, "~0").replace(/\//g, "~1")+"/backup",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/storages/additionalProperties/then/properties/backup/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err488];
}
else {
vErrors.push(err488);
}
errors++;
}
}
var _valid16 = _errs626 === errors;
valid129 = _valid16;
if(valid129){
var props13 = {};
props13.hostPath = true;
props13.backup = true;
props13.type = true;
}
ifClause0 = "then";
}
else {
const _errs633 = errors;
if(data217 && typeof data217 == "object" && !Array.isArray(data217)){
if(data217.content !== undefined){
const err489 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/storages/" + key48.replace(/~/g, "~0").replace(/\//g, "~1")+"/content",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/storages/additionalProperties/else/properties/content/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err489];
}
else {
vErrors.push(err489);
}
errors++;
}
if(data217.isDirectory !== undefined){
const err490 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/storages/" + key48.replace(/~/g, "~0").replace(/\//g, "~1")+"/isDirectory",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/storages/additionalProperties/else/properties/isDirectory/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err490];
}
else {
vErrors.push(err490);
}
errors++;
}
}
var _valid16 = _errs633 === errors;
valid129 = _valid16;
if(valid129){
if(props13 !== true){
props13 = props13 || {};
props13.content = true;
props13.isDirectory = true;
}
}
ifClause0 = "else";
}
if(!valid129){
const err491 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/storages/" + key48.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/storages/additionalProperties/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err491];
}
else {
vErrors.push(err491);
}
errors++;
}
if(data217 && typeof data217 == "object" && !Array.isArray(data217)){
if(data217.mountPath === undefined){
const err492 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/storages/" + key48.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/storages/additionalProperties/required",keyword:"required",params:{missingProperty: "mountPath"},message:"must have required property '"+"mountPath"+"'"};
if(vErrors === null){
vErrors = [err492];
}
else {
vErrors.push(err492);
}
errors++;
}
for(const key49 in data217){
if(!((((((key49 === "type") || (key49 === "mountPath")) || (key49 === "hostPath")) || (key49 === "content")) || (key49 === "isDirectory")) || (key49 === "backup"))){
const err493 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/storages/" + key48.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/storages/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key49},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err493];
}
else {
vErrors.push(err493);
}
errors++;
}
}
if(data217.type !== undefined){
let data223 = data217.type;
if(!((data223 === "volume") || (data223 === "file"))){
const err494 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/storages/" + key48.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/storages/additionalProperties/properties/type/enum",keyword:"enum",params:{allowedValues: schema31.properties.projects.additionalProperties.properties.environments.additionalProperties.properties.applications.additionalProperties.properties.storages.additionalProperties.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err494];
}
else {
vErrors.push(err494);
}
errors++;
}
}
if(data217.mountPath !== undefined){
let data224 = data217.mountPath;
if(typeof data224 === "string"){
if(!pattern37.test(data224)){
const err495 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/storages/" + key48.replace(/~/g, "~0").replace(/\//g, "~1")+"/mountPath",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/storages/additionalProperties/properties/mountPath/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\""};
if(vErrors === null){
vErrors = [err495];
}
else {
vErrors.push(err495);
}
errors++;
}
}
else {
const err496 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/storages/" + key48.replace(/~/g, "~0").replace(/\//g, "~1")+"/mountPath",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/storages/additionalProperties/properties/mountPath/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err496];
}
else {
vErrors.push(err496);
}
errors++;
}
}
if(data217.hostPath !== undefined){
let data225 = data217.hostPath;
if(typeof data225 === "string"){
if(!pattern37.test(data225)){
const err497 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/storages/" + key48.replace(/~/g, "~0").replace(/\//g, "~1")+"/hostPath",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/storages/additionalProperties/properties/hostPath/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\""};
if(vErrors === null){
vErrors = [err497];
}
else {
vErrors.push(err497);
}
errors++;
}
}
else {
const err498 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/storages/" + key48.replace(/~/g, "~0").replace(/\//g, "~1")+"/hostPath",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/storages/additionalProperties/properties/hostPath/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err498];
}
else {
vErrors.push(err498);
}
errors++;
}
}
if(data217.content !== undefined){
if(typeof data217.content !== "string"){
const err499 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/storages/" + key48.replace(/~/g, "~0").replace(/\//g, "~1")+"/content",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/storages/additionalProperties/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err499];
}
else {
vErrors.push(err499);
}
errors++;
}
}
if(data217.isDirectory !== undefined){
if(typeof data217.isDirectory !== "boolean"){
const err500 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/storages/" + key48.replace(/~/g, "~0").replace(/\//g, "~1")+"/isDirectory",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/storages/additionalProperties/properties/isDirectory/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err500];
}
else {
vErrors.push(err500);
}
errors++;
}
}
if(data217.backup !== undefined){
let data228 = data217.backup;
if(data228 && typeof data228 == "object" && !Array.isArray(data228)){
if(data228.schedule === undefined){
const err501 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/storages/" + key48.replace(/~/g, "~0").replace(/\//g, "~1")+"/backup",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/storages/additionalProperties/properties/backup/required",keyword:"required",params:{missingProperty: "schedule"},message:"must have required property '"+"schedule"+"'"};
if(vErrors === null){
vErrors = [err501];
}
else {
vErrors.push(err501);
}
errors++;
}
for(const key50 in data228){
if(!((((((((key50 === "schedule") || (key50 === "s3")) || (key50 === "enabled")) || (key50 === "keepLocally")) || (key50 === "keepInS3")) || (key50 === "timeout")) || (key50 === "stopDuringBackup")) || (key50 === "disableLocalBackup"))){
const err502 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/storages/" + key48.replace(/~/g, "~0").replace(/\//g, "~1")+"/backup",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/storages/additionalProperties/properties/backup/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key50},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err502];
}
else {
vErrors.push(err502);
}
errors++;
}
}
if(data228.schedule !== undefined){
let data229 = data228.schedule;
if(typeof data229 === "string"){
if(!pattern22.test(data229)){
const err503 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/storages/" + key48.replace(/~/g, "~0").replace(/\//g, "~1")+"/backup/schedule",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/storages/additionalProperties/properties/backup/properties/schedule/pattern",keyword:"pattern",params:{pattern: "^(?:every_minute|hourly|daily|weekly|monthly|yearly|@(?:hourly|daily|midnight|weekly|monthly|yearly|annually)|[0-9A-Za-z*,/?#-]+(?:[ \\t]+[0-9A-Za-z*,/?#-]+){4})$"},message:"must match pattern \""+"^(?:every_minute|hourly|daily|weekly|monthly|yearly|@(?:hourly|daily|midnight|weekly|monthly|yearly|annually)|[0-9A-Za-z*,/?#-]+(?:[ \\t]+[0-9A-Za-z*,/?#-]+){4})$"+"\""};
if(vErrors === null){
vErrors = [err503];
}
else {
vErrors.push(err503);
}
errors++;
}
}
else {
const err504 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/storages/" + key48.replace(/~/g, "~0").replace(/\//g, "~1")+"/backup/schedule",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/storages/additionalProperties/properties/backup/properties/schedule/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err504];
}
else {
vErrors.push(err504);
}
errors++;
}
}
if(data228.s3 !== undefined){
let data230 = data228.s3;
if(typeof data230 === "string"){
if(func1(data230) > 63){
const err505 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/storages/" + key48.replace(/~/g, "~0").replace(/\//g, "~1")+"/backup/s3",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/storages/additionalProperties/properties/backup/properties/s3/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters"};
if(vErrors === null){
vErrors = [err505];
}
else {
vErrors.push(err505);
}
errors++;
}
if(func1(data230) < 1){
const err506 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/storages/" + key48.replace(/~/g, "~0").replace(/\//g, "~1")+"/backup/s3",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/storages/additionalProperties/properties/backup/properties/s3/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err506];
}
else {
vErrors.push(err506);
}
errors++;
}
if(!pattern6.test(data230)){
const err507 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/storages/" + key48.replace(/~/g, "~0").replace(/\//g, "~1")+"/backup/s3",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/storages/additionalProperties/properties/backup/properties/s3/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]*$"+"\""};
if(vErrors === null){
vErrors = [err507];
}
else {
vErrors.push(err507);
}
errors++;
}
}
else {
const err508 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/storages/" + key48.replace(/~/g, "~0").replace(/\//g, "~1")+"/backup/s3",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/storages/additionalProperties/properties/backup/properties/s3/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err508];
}
else {
vErrors.push(err508);
}
errors++;
}
}
if(data228.enabled !== undefined){
if(typeof data228.enabled !== "boolean"){
const err509 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/storages/" + key48.replace(/~/g, "~0").replace(/\//g, "~1")+"/backup/enabled",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/storages/additionalProperties/properties/backup/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err509];
}
else {
vErrors.push(err509);
}
errors++;
}
}
if(data228.keepLocally !== undefined){
let data232 = data228.keepLocally;
if(data232 && typeof data232 == "object" && !Array.isArray(data232)){
for(const key51 in data232){
if(!(((key51 === "amount") || (key51 === "days")) || (key51 === "maxGb"))){
const err510 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/storages/" + key48.replace(/~/g, "~0").replace(/\//g, "~1")+"/backup/keepLocally",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/storages/additionalProperties/properties/backup/properties/keepLocally/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key51},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err510];
}
else {
vErrors.push(err510);
}
errors++;
}
}
if(data232.amount !== undefined){
let data233 = data232.amount;
if(!(((typeof data233 == "number") && (!(data233 % 1) && !isNaN(data233))) && (isFinite(data233)))){
const err511 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/storages/" + key48.replace(/~/g, "~0").replace(/\//g, "~1")+"/backup/keepLocally/amount",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/storages/additionalProperties/properties/backup/properties/keepLocally/properties/amount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err511];
}
else {
vErrors.push(err511);
}
errors++;
}
if((typeof data233 == "number") && (isFinite(data233))){
if(data233 < 0 || isNaN(data233)){
const err512 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/storages/" + key48.replace(/~/g, "~0").replace(/\//g, "~1")+"/backup/keepLocally/amount",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/storages/additionalProperties/properties/backup/properties/keepLocally/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err512];
}
else {
vErrors.push(err512);
}
errors++;
}
}
}
if(data232.days !== undefined){
let data234 = data232.days;
if(!(((typeof data234 == "number") && (!(data234 % 1) && !isNaN(data234))) && (isFinite(data234)))){
const err513 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/storages/" + key48.replace(/~/g, "~0").replace(/\//g, "~1")+"/backup/keepLocally/days",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/storages/additionalProperties/properties/backup/properties/keepLocally/properties/days/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err513];
}
else {
vErrors.push(err513);
}
errors++;
}
if((typeof data234 == "number") && (isFinite(data234))){
if(data234 < 0 || isNaN(data234)){
const err514 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/storages/" + key48.replace(/~/g, "~0").replace(/\//g, "~1")+"/backup/keepLocally/days",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/storages/additionalProperties/properties/backup/properties/keepLocally/properties/days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err514];
}
else {
vErrors.push(err514);
}
errors++;
}
}
}
if(data232.maxGb !== undefined){
let data235 = data232.maxGb;
if((typeof data235 == "number") && (isFinite(data235))){
if(data235 < 0 || isNaN(data235)){
const err515 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/storages/" + key48.replace(/~/g, "~0").replace(/\//g, "~1")+"/backup/keepLocally/maxGb",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/storages/additionalProperties/properties/backup/properties/keepLocally/properties/maxGb/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err515];
}
else {
vErrors.push(err515);
}
errors++;
}
}
else {
const err516 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/storages/" + key48.replace(/~/g, "~0").replace(/\//g, "~1")+"/backup/keepLocally/maxGb",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/storages/additionalProperties/properties/backup/properties/keepLocally/properties/maxGb/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err516];
}
else {
vErrors.push(err516);
}
errors++;
}
}
}
else {
const err517 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/storages/" + key48.replace(/~/g, "~0").replace(/\//g, "~1")+"/backup/keepLocally",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/storages/additionalProperties/properties/backup/properties/keepLocally/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err517];
}
else {
vErrors.push(err517);
}
errors++;
}
}
if(data228.keepInS3 !== undefined){
let data236 = data228.keepInS3;
if(data236 && typeof data236 == "object" && !Array.isArray(data236)){
for(const key52 in data236){
if(!(((key52 === "amount") || (key52 === "days")) || (key52 === "maxGb"))){
const err518 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/storages/" + key48.replace(/~/g, "~0").replace(/\//g, "~1")+"/backup/keepInS3",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/storages/additionalProperties/properties/backup/properties/keepInS3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key52},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err518];
}
else {
vErrors.push(err518);
}
errors++;
}
}
if(data236.amount !== undefined){
let data237 = data236.amount;
if(!(((typeof data237 == "number") && (!(data237 % 1) && !isNaN(data237))) && (isFinite(data237)))){
const err519 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/storages/" + key48.replace(/~/g, "~0").replace(/\//g, "~1")+"/backup/keepInS3/amount",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/storages/additionalProperties/properties/backup/properties/keepInS3/properties/amount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err519];
}
else {
vErrors.push(err519);
}
errors++;
}
if((typeof data237 == "number") && (isFinite(data237))){
if(data237 < 0 || isNaN(data237)){
const err520 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/storages/" + key48.replace(/~/g, "~0").replace(/\//g, "~1")+"/backup/keepInS3/amount",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/storages/additionalProperties/properties/backup/properties/keepInS3/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err520];
}
else {
vErrors.push(err520);
}
errors++;
}
}
}
if(data236.days !== undefined){
let data238 = data236.days;
if(!(((typeof data238 == "number") && (!(data238 % 1) && !isNaN(data238))) && (isFinite(data238)))){
const err521 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/storages/" + key48.replace(/~/g, "~0").replace(/\//g, "~1")+"/backup/keepInS3/days",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/storages/additionalProperties/properties/backup/properties/keepInS3/properties/days/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err521];
}
else {
vErrors.push(err521);
}
errors++;
}
if((typeof data238 == "number") && (isFinite(data238))){
if(data238 < 0 || isNaN(data238)){
const err522 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/storages/" + key48.replace(/~/g, "~0").replace(/\//g, "~1")+"/backup/keepInS3/days",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/storages/additionalProperties/properties/backup/properties/keepInS3/properties/days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err522];
}
else {
vErrors.push(err522);
}
errors++;
}
}
}
if(data236.maxGb !== undefined){
let data239 = data236.maxGb;
if((typeof data239 == "number") && (isFinite(data239))){
if(data239 < 0 || isNaN(data239)){
const err523 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/storages/" + key48.replace(/~/g, "~0").replace(/\//g, "~1")+"/backup/keepInS3/maxGb",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/storages/additionalProperties/properties/backup/properties/keepInS3/properties/maxGb/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err523];
}
else {
vErrors.push(err523);
}
errors++;
}
}
else {
const err524 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/storages/" + key48.replace(/~/g, "~0").replace(/\//g, "~1")+"/backup/keepInS3/maxGb",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/storages/additionalProperties/properties/backup/properties/keepInS3/properties/maxGb/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err524];
}
else {
vErrors.push(err524);
}
errors++;
}
}
}
else {
const err525 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/storages/" + key48.replace(/~/g, "~0").replace(/\//g, "~1")+"/backup/keepInS3",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/storages/additionalProperties/properties/backup/properties/keepInS3/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err525];
}
else {
vErrors.push(err525);
}
errors++;
}
}
if(data228.timeout !== undefined){
let data240 = data228.timeout;
if(!(((typeof data240 == "number") && (!(data240 % 1) && !isNaN(data240))) && (isFinite(data240)))){
const err526 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/storages/" + key48.replace(/~/g, "~0").replace(/\//g, "~1")+"/backup/timeout",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/storages/additionalProperties/properties/backup/properties/timeout/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err526];
}
else {
vErrors.push(err526);
}
errors++;
}
if((typeof data240 == "number") && (isFinite(data240))){
if(data240 > 36000 || isNaN(data240)){
const err527 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/storages/" + key48.replace(/~/g, "~0").replace(/\//g, "~1")+"/backup/timeout",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/storages/additionalProperties/properties/backup/properties/timeout/maximum",keyword:"maximum",params:{comparison: "<=", limit: 36000},message:"must be <= 36000"};
if(vErrors === null){
vErrors = [err527];
}
else {
vErrors.push(err527);
}
errors++;
}
if(data240 < 60 || isNaN(data240)){
const err528 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/storages/" + key48.replace(/~/g, "~0").replace(/\//g, "~1")+"/backup/timeout",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/storages/additionalProperties/properties/backup/properties/timeout/minimum",keyword:"minimum",params:{comparison: ">=", limit: 60},message:"must be >= 60"};
if(vErrors === null){
vErrors = [err528];
}
else {
vErrors.push(err528);
}
errors++;
}
}
}
if(data228.stopDuringBackup !== undefined){
if(typeof data228.stopDuringBackup !== "boolean"){
const err529 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/storages/" + key48.replace(/~/g, "~0").replace(/\//g, "~1")+"/backup/stopDuringBackup",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/storages/additionalProperties/properties/backup/properties/stopDuringBackup/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err529];
}
else {
vErrors.push(err529);
}
errors++;
}
}
if(data228.disableLocalBackup !== undefined){
if(typeof data228.disableLocalBackup !== "boolean"){
const err530 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/storages/" + key48.replace(/~/g, "~0").replace(/\//g, "~1")+"/backup/disableLocalBackup",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/storages/additionalProperties/properties/backup/properties/disableLocalBackup/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err530];
}
else {
vErrors.push(err530);
}
errors++;
}
}
if(data228.keepInS3 !== undefined){
if(data228 && typeof data228 == "object" && !Array.isArray(data228)){
if(data228.s3 === undefined){
const err531 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/storages/" + key48.replace(/~/g, "~0").replace(/\//g, "~1")+"/backup",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/storages/additionalProperties/properties/backup/dependentSchemas/keepInS3/required",keyword:"required",params:{missingProperty: "s3"},message:"must have required property '"+"s3"+"'"};
if(vErrors === null){
vErrors = [err531];
}
else {
vErrors.push(err531);
}
errors++;
}
}
}
if(data228.disableLocalBackup !== undefined){
if(data228 && typeof data228 == "object" && !Array.isArray(data228)){
if(data228.s3 === undefined){
const err532 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/storages/" + key48.replace(/~/g, "~0").replace(/\//g, "~1")+"/backup",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/storages/additionalProperties/properties/backup/dependentSchemas/disableLocalBackup/required",keyword:"required",params:{missingProperty: "s3"},message:"must have required property '"+"s3"+"'"};
if(vErrors === null){
vErrors = [err532];
}
else {
vErrors.push(err532);
}
errors++;
}
}
}
}
else {
const err533 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/storages/" + key48.replace(/~/g, "~0").replace(/\//g, "~1")+"/backup",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/storages/additionalProperties/properties/backup/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err533];
}
else {
vErrors.push(err533);
}
errors++;
}
}
}
else {
const err534 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/storages/" + key48.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/storages/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err534];
}
else {
vErrors.push(err534);
}
errors++;
}
}
}
else {
const err535 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/storages",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/storages/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err535];
}
else {
vErrors.push(err535);
}
errors++;
}
}
if(data111.replicas !== undefined){
let data243 = data111.replicas;
const _errs692 = errors;
let valid138 = false;
const _errs693 = errors;
if(!(((typeof data243 == "number") && (!(data243 % 1) && !isNaN(data243))) && (isFinite(data243)))){
const err536 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/replicas",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/replicas/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err536];
}
else {
vErrors.push(err536);
}
errors++;
}
if((typeof data243 == "number") && (isFinite(data243))){
if(data243 > 100 || isNaN(data243)){
const err537 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/replicas",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/replicas/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err537];
}
else {
vErrors.push(err537);
}
errors++;
}
if(data243 < 1 || isNaN(data243)){
const err538 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/replicas",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/replicas/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err538];
}
else {
vErrors.push(err538);
}
errors++;
}
}
var _valid17 = _errs693 === errors;
valid138 = valid138 || _valid17;
const _errs695 = errors;
if(typeof data243 === "string"){
if(!pattern54.test(data243)){
const err539 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/replicas",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/replicas/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\$\\{vars\\.[A-Za-z_][A-Za-z0-9_]*\\}$"},message:"must match pattern \""+"^\\$\\{vars\\.[A-Za-z_][A-Za-z0-9_]*\\}$"+"\""};
if(vErrors === null){
vErrors = [err539];
}
else {
vErrors.push(err539);
}
errors++;
}
}
else {
const err540 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/replicas",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/replicas/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err540];
}
else {
vErrors.push(err540);
}
errors++;
}
var _valid17 = _errs695 === errors;
valid138 = valid138 || _valid17;
if(!valid138){
const err541 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/replicas",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/replicas/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err541];
}
else {
vErrors.push(err541);
}
errors++;
}
else {
errors = _errs692;
if(vErrors !== null){
if(_errs692){
vErrors.length = _errs692;
}
else {
vErrors = null;
}
}
}
}
if(data111.autoscale !== undefined){
let data244 = data111.autoscale;
if(data244 && typeof data244 == "object" && !Array.isArray(data244)){
if(data244.min === undefined){
const err542 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/autoscale",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/autoscale/required",keyword:"required",params:{missingProperty: "min"},message:"must have required property '"+"min"+"'"};
if(vErrors === null){
vErrors = [err542];
}
else {
vErrors.push(err542);
}
errors++;
}
if(data244.max === undefined){
const err543 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/autoscale",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/autoscale/required",keyword:"required",params:{missingProperty: "max"},message:"must have required property '"+"max"+"'"};
if(vErrors === null){
vErrors = [err543];
}
else {
vErrors.push(err543);
}
errors++;
}
if(data244.metric === undefined){
const err544 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/autoscale",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/autoscale/required",keyword:"required",params:{missingProperty: "metric"},message:"must have required property '"+"metric"+"'"};
if(vErrors === null){
vErrors = [err544];
}
else {
vErrors.push(err544);
}
errors++;
}
if(data244.up === undefined){
const err545 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/autoscale",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/autoscale/required",keyword:"required",params:{missingProperty: "up"},message:"must have required property '"+"up"+"'"};
if(vErrors === null){
vErrors = [err545];
}
else {
vErrors.push(err545);
}
errors++;
}
if(data244.down === undefined){
const err546 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/autoscale",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/autoscale/required",keyword:"required",params:{missingProperty: "down"},message:"must have required property '"+"down"+"'"};
if(vErrors === null){
vErrors = [err546];
}
else {
vErrors.push(err546);
}
errors++;
}
for(const key53 in data244){
if(!((((((key53 === "min") || (key53 === "max")) || (key53 === "metric")) || (key53 === "up")) || (key53 === "down")) || (key53 === "cooldown"))){
const err547 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/autoscale",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/autoscale/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key53},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err547];
}
else {
vErrors.push(err547);
}
errors++;
}
}
if(data244.min !== undefined){
let data245 = data244.min;
if(!(((typeof data245 == "number") && (!(data245 % 1) && !isNaN(data245))) && (isFinite(data245)))){
const err548 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/autoscale/min",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/autoscale/properties/min/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err548];
}
else {
vErrors.push(err548);
}
errors++;
}
if((typeof data245 == "number") && (isFinite(data245))){
if(data245 < 1 || isNaN(data245)){
const err549 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/autoscale/min",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/autoscale/properties/min/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err549];
}
else {
vErrors.push(err549);
}
errors++;
}
}
}
if(data244.max !== undefined){
let data246 = data244.max;
if(!(((typeof data246 == "number") && (!(data246 % 1) && !isNaN(data246))) && (isFinite(data246)))){
const err550 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/autoscale/max",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/autoscale/properties/max/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err550];
}
else {
vErrors.push(err550);
}
errors++;
}
if((typeof data246 == "number") && (isFinite(data246))){
if(data246 < 1 || isNaN(data246)){
const err551 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/autoscale/max",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/autoscale/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err551];
}
else {
vErrors.push(err551);
}
errors++;
}
}
}
if(data244.metric !== undefined){
let data247 = data244.metric;
if(data247 && typeof data247 == "object" && !Array.isArray(data247)){
if(Object.keys(data247).length > 1){
const err552 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/autoscale/metric",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/autoscale/properties/metric/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties"};
if(vErrors === null){
vErrors = [err552];
}
else {
vErrors.push(err552);
}
errors++;
}
if(Object.keys(data247).length < 1){
const err553 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/autoscale/metric",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/autoscale/properties/metric/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err553];
}
else {
vErrors.push(err553);
}
errors++;
}
for(const key54 in data247){
if(!((key54 === "prometheus") || (key54 === "redis"))){
const err554 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/autoscale/metric",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/autoscale/properties/metric/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key54},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err554];
}
else {
vErrors.push(err554);
}
errors++;
}
}
if(data247.prometheus !== undefined){
let data248 = data247.prometheus;
if(data248 && typeof data248 == "object" && !Array.isArray(data248)){
if(data248.url === undefined){
const err555 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/autoscale/metric/prometheus",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/autoscale/properties/metric/properties/prometheus/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};
if(vErrors === null){
vErrors = [err555];
}
else {
vErrors.push(err555);
}
errors++;
}
if(data248.query === undefined){
const err556 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/autoscale/metric/prometheus",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/autoscale/properties/metric/properties/prometheus/required",keyword:"required",params:{missingProperty: "query"},message:"must have required property '"+"query"+"'"};
if(vErrors === null){
vErrors = [err556];
}
else {
vErrors.push(err556);
}
errors++;
}
for(const key55 in data248){
if(!((key55 === "url") || (key55 === "query"))){
const err557 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/autoscale/metric/prometheus",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/autoscale/properties/metric/properties/prometheus/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key55},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err557];
}
else {
vErrors.push(err557);
}
errors++;
}
}
if(data248.url !== undefined){
let data249 = data248.url;
if(typeof data249 === "string"){
if(func1(data249) < 1){
const err558 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/autoscale/metric/prometheus/url",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/autoscale/properties/metric/properties/prometheus/properties/url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err558];
}
else {
vErrors.push(err558);
}
errors++;
}
}
else {
const err559 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/autoscale/metric/prometheus/url",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/autoscale/properties/metric/properties/prometheus/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err559];
}
else {
vErrors.push(err559);
}
errors++;
}
}
if(data248.query !== undefined){
let data250 = data248.query;
if(typeof data250 === "string"){
if(func1(data250) < 1){
const err560 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/autoscale/metric/prometheus/query",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/autoscale/properties/metric/properties/prometheus/properties/query/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err560];
}
else {
vErrors.push(err560);
}
errors++;
}
}
else {
const err561 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/autoscale/metric/prometheus/query",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/autoscale/properties/metric/properties/prometheus/properties/query/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err561];
}
else {
vErrors.push(err561);
}
errors++;
}
}
}
else {
const err562 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/autoscale/metric/prometheus",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/autoscale/properties/metric/properties/prometheus/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err562];
}
else {
vErrors.push(err562);
}
errors++;
}
}
if(data247.redis !== undefined){
let data251 = data247.redis;
if(data251 && typeof data251 == "object" && !Array.isArray(data251)){
if(data251.url === undefined){
const err563 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/autoscale/metric/redis",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/autoscale/properties/metric/properties/redis/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};
if(vErrors === null){
vErrors = [err563];
}
else {
vErrors.push(err563);
}
errors++;
}
if(data251.list === undefined){
const err564 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/autoscale/metric/redis",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/autoscale/properties/metric/properties/redis/required",keyword:"required",params:{missingProperty: "list"},message:"must have required property '"+"list"+"'"};
if(vErrors === null){
vErrors = [err564];
}
else {
vErrors.push(err564);
}
errors++;
}
for(const key56 in data251){
if(!((key56 === "url") || (key56 === "list"))){
const err565 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/autoscale/metric/redis",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/autoscale/properties/metric/properties/redis/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key56},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err565];
}
else {
vErrors.push(err565);
}
errors++;
}
}
if(data251.url !== undefined){
let data252 = data251.url;
if(typeof data252 === "string"){
if(func1(data252) < 1){
const err566 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/autoscale/metric/redis/url",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/autoscale/properties/metric/properties/redis/properties/url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err566];
}
else {
vErrors.push(err566);
}
errors++;
}
}
else {
const err567 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/autoscale/metric/redis/url",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/autoscale/properties/metric/properties/redis/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err567];
}
else {
vErrors.push(err567);
}
errors++;
}
}
if(data251.list !== undefined){
let data253 = data251.list;
if(typeof data253 === "string"){
if(func1(data253) < 1){
const err568 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/autoscale/metric/redis/list",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/autoscale/properties/metric/properties/redis/properties/list/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err568];
}
else {
vErrors.push(err568);
}
errors++;
}
}
else {
const err569 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/autoscale/metric/redis/list",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/autoscale/properties/metric/properties/redis/properties/list/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err569];
}
else {
vErrors.push(err569);
}
errors++;
}
}
}
else {
const err570 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/autoscale/metric/redis",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/autoscale/properties/metric/properties/redis/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err570];
}
else {
vErrors.push(err570);
}
errors++;
}
}
}
else {
const err571 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/autoscale/metric",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/autoscale/properties/metric/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err571];
}
else {
vErrors.push(err571);
}
errors++;
}
}
if(data244.up !== undefined){
let data254 = data244.up;
if(data254 && typeof data254 == "object" && !Array.isArray(data254)){
if(data254.above === undefined){
const err572 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/autoscale/up",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/autoscale/properties/up/required",keyword:"required",params:{missingProperty: "above"},message:"must have required property '"+"above"+"'"};
if(vErrors === null){
vErrors = [err572];
}
else {
vErrors.push(err572);
}
errors++;
}
for(const key57 in data254){
if(!((key57 === "above") || (key57 === "step"))){
const err573 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/autoscale/up",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/autoscale/properties/up/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key57},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err573];
}
else {
vErrors.push(err573);
}
errors++;
}
}
if(data254.above !== undefined){
let data255 = data254.above;
if(!((typeof data255 == "number") && (isFinite(data255)))){
const err574 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/autoscale/up/above",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/autoscale/properties/up/properties/above/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err574];
}
else {
vErrors.push(err574);
}
errors++;
}
}
if(data254.step !== undefined){
let data256 = data254.step;
if(!(((typeof data256 == "number") && (!(data256 % 1) && !isNaN(data256))) && (isFinite(data256)))){
const err575 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/autoscale/up/step",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/autoscale/properties/up/properties/step/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err575];
}
else {
vErrors.push(err575);
}
errors++;
}
if((typeof data256 == "number") && (isFinite(data256))){
if(data256 < 1 || isNaN(data256)){
const err576 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/autoscale/up/step",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/autoscale/properties/up/properties/step/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err576];
}
else {
vErrors.push(err576);
}
errors++;
}
}
}
}
else {
const err577 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/autoscale/up",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/autoscale/properties/up/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err577];
}
else {
vErrors.push(err577);
}
errors++;
}
}
if(data244.down !== undefined){
let data257 = data244.down;
if(data257 && typeof data257 == "object" && !Array.isArray(data257)){
if(data257.below === undefined){
const err578 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/autoscale/down",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/autoscale/properties/down/required",keyword:"required",params:{missingProperty: "below"},message:"must have required property '"+"below"+"'"};
if(vErrors === null){
vErrors = [err578];
}
else {
vErrors.push(err578);
}
errors++;
}
for(const key58 in data257){
if(!((key58 === "below") || (key58 === "step"))){
const err579 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/autoscale/down",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/autoscale/properties/down/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key58},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err579];
}
else {
vErrors.push(err579);
}
errors++;
}
}
if(data257.below !== undefined){
let data258 = data257.below;
if(!((typeof data258 == "number") && (isFinite(data258)))){
const err580 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/autoscale/down/below",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/autoscale/properties/down/properties/below/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err580];
}
else {
vErrors.push(err580);
}
errors++;
}
}
if(data257.step !== undefined){
let data259 = data257.step;
if(!(((typeof data259 == "number") && (!(data259 % 1) && !isNaN(data259))) && (isFinite(data259)))){
const err581 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/autoscale/down/step",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/autoscale/properties/down/properties/step/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err581];
}
else {
vErrors.push(err581);
}
errors++;
}
if((typeof data259 == "number") && (isFinite(data259))){
if(data259 < 1 || isNaN(data259)){
const err582 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/autoscale/down/step",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/autoscale/properties/down/properties/step/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err582];
}
else {
vErrors.push(err582);
}
errors++;
}
}
}
}
else {
const err583 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/autoscale/down",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/autoscale/properties/down/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err583];
}
else {
vErrors.push(err583);
}
errors++;
}
}
if(data244.cooldown !== undefined){
let data260 = data244.cooldown;
if(typeof data260 === "string"){
if(!pattern45.test(data260)){
const err584 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/autoscale/cooldown",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/autoscale/properties/cooldown/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9]+(?:\\.[0-9]+)?(?:ms|s|m|h|d|w))+$"},message:"must match pattern \""+"^(?:[0-9]+(?:\\.[0-9]+)?(?:ms|s|m|h|d|w))+$"+"\""};
if(vErrors === null){
vErrors = [err584];
}
else {
vErrors.push(err584);
}
errors++;
}
}
else {
const err585 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/autoscale/cooldown",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/autoscale/properties/cooldown/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err585];
}
else {
vErrors.push(err585);
}
errors++;
}
}
}
else {
const err586 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/autoscale",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/properties/autoscale/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err586];
}
else {
vErrors.push(err586);
}
errors++;
}
}
if(data111.image !== undefined){
if(data111 && typeof data111 == "object" && !Array.isArray(data111)){
if(data111.git !== undefined){
const err587 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/git",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/dependentSchemas/image/properties/git/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err587];
}
else {
vErrors.push(err587);
}
errors++;
}
if(data111.dockerfile !== undefined){
const err588 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/dockerfile",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/dependentSchemas/image/properties/dockerfile/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err588];
}
else {
vErrors.push(err588);
}
errors++;
}
}
}
if(data111.git !== undefined){
if(data111 && typeof data111 == "object" && !Array.isArray(data111)){
if(data111.dockerfile !== undefined){
const err589 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/dockerfile",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/dependentSchemas/git/properties/dockerfile/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err589];
}
else {
vErrors.push(err589);
}
errors++;
}
}
}
}
else {
const err590 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications/" + key30.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err590];
}
else {
vErrors.push(err590);
}
errors++;
}
}
}
else {
const err591 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/applications",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/applications/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err591];
}
else {
vErrors.push(err591);
}
errors++;
}
}
if(data25.services !== undefined){
let data264 = data25.services;
if(data264 && typeof data264 == "object" && !Array.isArray(data264)){
for(const key59 in data264){
const _errs753 = errors;
if(typeof key59 === "string"){
if(func1(key59) > 63){
const err592 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/services",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/services/propertyNames/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters",propertyName:key59};
if(vErrors === null){
vErrors = [err592];
}
else {
vErrors.push(err592);
}
errors++;
}
if(func1(key59) < 1){
const err593 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/services",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/services/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",propertyName:key59};
if(vErrors === null){
vErrors = [err593];
}
else {
vErrors.push(err593);
}
errors++;
}
if(!pattern6.test(key59)){
const err594 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/services",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/services/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]*$"+"\"",propertyName:key59};
if(vErrors === null){
vErrors = [err594];
}
else {
vErrors.push(err594);
}
errors++;
}
}
else {
const err595 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/services",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/services/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key59};
if(vErrors === null){
vErrors = [err595];
}
else {
vErrors.push(err595);
}
errors++;
}
var valid148 = _errs753 === errors;
if(!valid148){
const err596 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/services",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/services/propertyNames",keyword:"propertyNames",params:{propertyName: key59},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err596];
}
else {
vErrors.push(err596);
}
errors++;
}
}
for(const key60 in data264){
let data265 = data264[key60];
const _errs760 = errors;
let valid151 = false;
const _errs761 = errors;
if(data265 && typeof data265 == "object" && !Array.isArray(data265)){
if(data265.type === undefined){
const err597 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/services/" + key60.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/services/additionalProperties/allOf/0/anyOf/0/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err597];
}
else {
vErrors.push(err597);
}
errors++;
}
}
var _valid18 = _errs761 === errors;
valid151 = valid151 || _valid18;
const _errs762 = errors;
if(data265 && typeof data265 == "object" && !Array.isArray(data265)){
if(data265.compose === undefined){
const err598 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/services/" + key60.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/services/additionalProperties/allOf/0/anyOf/1/required",keyword:"required",params:{missingProperty: "compose"},message:"must have required property '"+"compose"+"'"};
if(vErrors === null){
vErrors = [err598];
}
else {
vErrors.push(err598);
}
errors++;
}
}
var _valid18 = _errs762 === errors;
valid151 = valid151 || _valid18;
if(!valid151){
const err599 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/services/" + key60.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/services/additionalProperties/allOf/0/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err599];
}
else {
vErrors.push(err599);
}
errors++;
}
else {
errors = _errs760;
if(vErrors !== null){
if(_errs760){
vErrors.length = _errs760;
}
else {
vErrors = null;
}
}
}
if(data265 && typeof data265 == "object" && !Array.isArray(data265)){
for(const key61 in data265){
if(!(func22.call(schema31.properties.projects.additionalProperties.properties.environments.additionalProperties.properties.services.additionalProperties.properties, key61))){
const err600 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/services/" + key60.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/services/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key61},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err600];
}
else {
vErrors.push(err600);
}
errors++;
}
}
if(data265.description !== undefined){
let data266 = data265.description;
if(typeof data266 === "string"){
if(func1(data266) > 255){
const err601 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/services/" + key60.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/services/additionalProperties/properties/description/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err601];
}
else {
vErrors.push(err601);
}
errors++;
}
}
else {
const err602 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/services/" + key60.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/services/additionalProperties/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err602];
}
else {
vErrors.push(err602);
}
errors++;
}
}
if(data265.server !== undefined){
let data267 = data265.server;
if(typeof data267 === "string"){
if(func1(data267) < 1){
const err603 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/services/" + key60.replace(/~/g, "~0").replace(/\//g, "~1")+"/server",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/services/additionalProperties/properties/server/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err603];
}
else {
vErrors.push(err603);
}
errors++;
}
}
else {
const err604 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/services/" + key60.replace(/~/g, "~0").replace(/\//g, "~1")+"/server",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/services/additionalProperties/properties/server/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err604];
}
else {
vErrors.push(err604);
}
errors++;
}
}
if(data265.destination !== undefined){
let data268 = data265.destination;
if(typeof data268 === "string"){
if(func1(data268) < 1){
const err605 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/services/" + key60.replace(/~/g, "~0").replace(/\//g, "~1")+"/destination",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/services/additionalProperties/properties/destination/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err605];
}
else {
vErrors.push(err605);
}
errors++;
}
}
else {
const err606 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/services/" + key60.replace(/~/g, "~0").replace(/\//g, "~1")+"/destination",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/services/additionalProperties/properties/destination/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err606];
}
else {
vErrors.push(err606);
}
errors++;
}
}
if(data265.tags !== undefined){
let data269 = data265.tags;
if(Array.isArray(data269)){
const len13 = data269.length;
for(let i25=0; i25<len13; i25++){
let data270 = data269[i25];
if(typeof data270 === "string"){
if(func1(data270) > 255){
const err607 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/services/" + key60.replace(/~/g, "~0").replace(/\//g, "~1")+"/tags/" + i25,schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/services/additionalProperties/properties/tags/items/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err607];
}
else {
vErrors.push(err607);
}
errors++;
}
if(func1(data270) < 2){
const err608 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/services/" + key60.replace(/~/g, "~0").replace(/\//g, "~1")+"/tags/" + i25,schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/services/additionalProperties/properties/tags/items/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters"};
if(vErrors === null){
vErrors = [err608];
}
else {
vErrors.push(err608);
}
errors++;
}
if(!pattern4.test(data270)){
const err609 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/services/" + key60.replace(/~/g, "~0").replace(/\//g, "~1")+"/tags/" + i25,schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/services/additionalProperties/properties/tags/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._:-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._:-]*$"+"\""};
if(vErrors === null){
vErrors = [err609];
}
else {
vErrors.push(err609);
}
errors++;
}
}
else {
const err610 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/services/" + key60.replace(/~/g, "~0").replace(/\//g, "~1")+"/tags/" + i25,schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/services/additionalProperties/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err610];
}
else {
vErrors.push(err610);
}
errors++;
}
}
let i26 = data269.length;
let j12;
if(i26 > 1){
const indices12 = {};
for(;i26--;){
let item12 = data269[i26];
if(typeof item12 !== "string"){
continue;
}
if(typeof indices12[item12] == "number"){
j12 = indices12[item12];
const err611 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/services/" + key60.replace(/~/g, "~0").replace(/\//g, "~1")+"/tags",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/services/additionalProperties/properties/tags/uniqueItems",keyword:"uniqueItems",params:{i: i26, j: j12},message:"must NOT have duplicate items (items ## "+j12+" and "+i26+" are identical)"};
if(vErrors === null){
vErrors = [err611];
}
else {
vErrors.push(err611);
}
errors++;
break;
}
indices12[item12] = i26;
}
}
}
else {
const err612 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/services/" + key60.replace(/~/g, "~0").replace(/\//g, "~1")+"/tags",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/services/additionalProperties/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err612];
}
else {
vErrors.push(err612);
}
errors++;
}
}
if(data265.dependsOn !== undefined){
let data271 = data265.dependsOn;
if(Array.isArray(data271)){
const len14 = data271.length;
for(let i27=0; i27<len14; i27++){
let data272 = data271[i27];
if(typeof data272 === "string"){
if(func1(data272) > 63){
const err613 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/services/" + key60.replace(/~/g, "~0").replace(/\//g, "~1")+"/dependsOn/" + i27,schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/services/additionalProperties/properties/dependsOn/items/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters"};
if(vErrors === null){
vErrors = [err613];
}
else {
vErrors.push(err613);
}
errors++;
}
if(func1(data272) < 1){
const err614 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/services/" + key60.replace(/~/g, "~0").replace(/\//g, "~1")+"/dependsOn/" + i27,schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/services/additionalProperties/properties/dependsOn/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err614];
}
else {
vErrors.push(err614);
}
errors++;
}
if(!pattern6.test(data272)){
const err615 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/services/" + key60.replace(/~/g, "~0").replace(/\//g, "~1")+"/dependsOn/" + i27,schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/services/additionalProperties/properties/dependsOn/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]*$"+"\""};
if(vErrors === null){
vErrors = [err615];
}
else {
vErrors.push(err615);
}
errors++;
}
}
else {
const err616 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/services/" + key60.replace(/~/g, "~0").replace(/\//g, "~1")+"/dependsOn/" + i27,schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/services/additionalProperties/properties/dependsOn/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err616];
}
else {
vErrors.push(err616);
}
errors++;
}
}
let i28 = data271.length;
let j13;
if(i28 > 1){
const indices13 = {};
for(;i28--;){
let item13 = data271[i28];
if(typeof item13 !== "string"){
continue;
}
if(typeof indices13[item13] == "number"){
j13 = indices13[item13];
const err617 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/services/" + key60.replace(/~/g, "~0").replace(/\//g, "~1")+"/dependsOn",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/services/additionalProperties/properties/dependsOn/uniqueItems",keyword:"uniqueItems",params:{i: i28, j: j13},message:"must NOT have duplicate items (items ## "+j13+" and "+i28+" are identical)"};
if(vErrors === null){
vErrors = [err617];
}
else {
vErrors.push(err617);
}
errors++;
break;
}
indices13[item13] = i28;
}
}
}
else {
const err618 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/services/" + key60.replace(/~/g, "~0").replace(/\//g, "~1")+"/dependsOn",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/services/additionalProperties/properties/dependsOn/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err618];
}
else {
vErrors.push(err618);
}
errors++;
}
}
if(data265.protect !== undefined){
if(typeof data265.protect !== "boolean"){
const err619 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/services/" + key60.replace(/~/g, "~0").replace(/\//g, "~1")+"/protect",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/services/additionalProperties/properties/protect/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err619];
}
else {
vErrors.push(err619);
}
errors++;
}
}
if(data265.ignoreChanges !== undefined){
let data274 = data265.ignoreChanges;
if(Array.isArray(data274)){
const len15 = data274.length;
for(let i29=0; i29<len15; i29++){
let data275 = data274[i29];
if(typeof data275 === "string"){
if(func1(data275) < 1){
const err620 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/services/" + key60.replace(/~/g, "~0").replace(/\//g, "~1")+"/ignoreChanges/" + i29,schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/services/additionalProperties/properties/ignoreChanges/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err620];
}
else {
vErrors.push(err620);
}
errors++;
}
}
else {
const err621 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/services/" + key60.replace(/~/g, "~0").replace(/\//g, "~1")+"/ignoreChanges/" + i29,schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/services/additionalProperties/properties/ignoreChanges/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err621];
}
else {
vErrors.push(err621);
}
errors++;
}
}
let i30 = data274.length;
let j14;
if(i30 > 1){
const indices14 = {};
for(;i30--;){
let item14 = data274[i30];
if(typeof item14 !== "string"){
continue;
}
if(typeof indices14[item14] == "number"){
j14 = indices14[item14];
const err622 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/services/" + key60.replace(/~/g, "~0").replace(/\//g, "~1")+"/ignoreChanges",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/services/additionalProperties/properties/ignoreChanges/uniqueItems",keyword:"uniqueItems",params:{i: i30, j: j14},message:"must NOT have duplicate items (items ## "+j14+" and "+i30+" are identical)"};
if(vErrors === null){
vErrors = [err622];
}
else {
vErrors.push(err622);
}
errors++;
break;
}
indices14[item14] = i30;
}
}
}
else {
const err623 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/services/" + key60.replace(/~/g, "~0").replace(/\//g, "~1")+"/ignoreChanges",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/services/additionalProperties/properties/ignoreChanges/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err623];
}
else {
vErrors.push(err623);
}
errors++;
}
}
if(data265.type !== undefined){
let data276 = data265.type;
if(typeof data276 === "string"){
if(func1(data276) < 1){
const err624 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/services/" + key60.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/services/additionalProperties/properties/type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err624];
}
else {
vErrors.push(err624);
}
errors++;
}
}
else {
const err625 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/services/" + key60.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/services/additionalProperties/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err625];
}
else {
vErrors.push(err625);
}
errors++;
}
}
if(data265.compose !== undefined){
let data277 = data265.compose;
if(typeof data277 === "string"){
if(func1(data277) < 1){
const err626 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/services/" + key60.replace(/~/g, "~0").replace(/\//g, "~1")+"/compose",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/services/additionalProperties/properties/compose/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err626];
}
else {
vErrors.push(err626);
}
errors++;
}
}
else {
const err627 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/services/" + key60.replace(/~/g, "~0").replace(/\//g, "~1")+"/compose",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/services/additionalProperties/properties/compose/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err627];
}
else {
vErrors.push(err627);
}
errors++;
}
}
if(data265.urls !== undefined){
let data278 = data265.urls;
if(Array.isArray(data278)){
const len16 = data278.length;
for(let i31=0; i31<len16; i31++){
let data279 = data278[i31];
if(data279 && typeof data279 == "object" && !Array.isArray(data279)){
if(data279.name === undefined){
const err628 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/services/" + key60.replace(/~/g, "~0").replace(/\//g, "~1")+"/urls/" + i31,schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/services/additionalProperties/properties/urls/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err628];
}
else {
vErrors.push(err628);
}
errors++;
}
if(data279.url === undefined){
const err629 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/services/" + key60.replace(/~/g, "~0").replace(/\//g, "~1")+"/urls/" + i31,schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/services/additionalProperties/properties/urls/items/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};
if(vErrors === null){
vErrors = [err629];
}
else {
vErrors.push(err629);
}
errors++;
}
for(const key62 in data279){
if(!((key62 === "name") || (key62 === "url"))){
const err630 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/services/" + key60.replace(/~/g, "~0").replace(/\//g, "~1")+"/urls/" + i31,schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/services/additionalProperties/properties/urls/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key62},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err630];
}
else {
vErrors.push(err630);
}
errors++;
}
}
if(data279.name !== undefined){
let data280 = data279.name;
if(typeof data280 === "string"){
if(func1(data280) < 1){
const err631 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/services/" + key60.replace(/~/g, "~0").replace(/\//g, "~1")+"/urls/" + i31+"/name",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/services/additionalProperties/properties/urls/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err631];
}
else {
vErrors.push(err631);
}
errors++;
}
}
else {
const err632 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/services/" + key60.replace(/~/g, "~0").replace(/\//g, "~1")+"/urls/" + i31+"/name",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/services/additionalProperties/properties/urls/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err632];
}
else {
vErrors.push(err632);
}
errors++;
}
}
if(data279.url !== undefined){
let data281 = data279.url;
if(typeof data281 === "string"){
if(!pattern59.test(data281)){
const err633 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/services/" + key60.replace(/~/g, "~0").replace(/\//g, "~1")+"/urls/" + i31+"/url",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/services/additionalProperties/properties/urls/items/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://\\S+$"},message:"must match pattern \""+"^https?://\\S+$"+"\""};
if(vErrors === null){
vErrors = [err633];
}
else {
vErrors.push(err633);
}
errors++;
}
}
else {
const err634 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/services/" + key60.replace(/~/g, "~0").replace(/\//g, "~1")+"/urls/" + i31+"/url",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/services/additionalProperties/properties/urls/items/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err634];
}
else {
vErrors.push(err634);
}
errors++;
}
}
}
else {
const err635 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/services/" + key60.replace(/~/g, "~0").replace(/\//g, "~1")+"/urls/" + i31,schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/services/additionalProperties/properties/urls/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err635];
}
else {
vErrors.push(err635);
}
errors++;
}
}
}
else {
const err636 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/services/" + key60.replace(/~/g, "~0").replace(/\//g, "~1")+"/urls",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/services/additionalProperties/properties/urls/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err636];
}
else {
vErrors.push(err636);
}
errors++;
}
}
if(data265.env !== undefined){
let data282 = data265.env;
if(data282 && typeof data282 == "object" && !Array.isArray(data282)){
for(const key63 in data282){
const _errs803 = errors;
if(typeof key63 === "string"){
if(!pattern8.test(key63)){
const err637 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/services/" + key60.replace(/~/g, "~0").replace(/\//g, "~1")+"/env",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/services/additionalProperties/properties/env/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_.]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_.]*$"+"\"",propertyName:key63};
if(vErrors === null){
vErrors = [err637];
}
else {
vErrors.push(err637);
}
errors++;
}
}
else {
const err638 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/services/" + key60.replace(/~/g, "~0").replace(/\//g, "~1")+"/env",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/services/additionalProperties/properties/env/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key63};
if(vErrors === null){
vErrors = [err638];
}
else {
vErrors.push(err638);
}
errors++;
}
var valid165 = _errs803 === errors;
if(!valid165){
const err639 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/services/" + key60.replace(/~/g, "~0").replace(/\//g, "~1")+"/env",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/services/additionalProperties/properties/env/propertyNames",keyword:"propertyNames",params:{propertyName: key63},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err639];
}
else {
vErrors.push(err639);
}
errors++;
}
}
for(const key64 in data282){
let data283 = data282[key64];
if((((typeof data283 !== "string") && (!((typeof data283 == "number") && (isFinite(data283))))) && (typeof data283 !== "boolean")) && (!(data283 && typeof data283 == "object" && !Array.isArray(data283)))){
const err640 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/services/" + key60.replace(/~/g, "~0").replace(/\//g, "~1")+"/env/" + key64.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/services/additionalProperties/properties/env/additionalProperties/type",keyword:"type",params:{type: schema31.properties.projects.additionalProperties.properties.environments.additionalProperties.properties.services.additionalProperties.properties.env.additionalProperties.type},message:"must be string,number,boolean,object"};
if(vErrors === null){
vErrors = [err640];
}
else {
vErrors.push(err640);
}
errors++;
}
const _errs809 = errors;
let valid167 = true;
const _errs810 = errors;
if(!(data283 && typeof data283 == "object" && !Array.isArray(data283))){
const err641 = {};
if(vErrors === null){
vErrors = [err641];
}
else {
vErrors.push(err641);
}
errors++;
}
var _valid19 = _errs810 === errors;
errors = _errs809;
if(vErrors !== null){
if(_errs809){
vErrors.length = _errs809;
}
else {
vErrors = null;
}
}
if(_valid19){
const _errs812 = errors;
if(data283 && typeof data283 == "object" && !Array.isArray(data283)){
if(data283.value === undefined){
const err642 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/services/" + key60.replace(/~/g, "~0").replace(/\//g, "~1")+"/env/" + key64.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/services/additionalProperties/properties/env/additionalProperties/then/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err642];
}
else {
vErrors.push(err642);
}
errors++;
}
for(const key65 in data283){
if(!(((((((key65 === "value") || (key65 === "buildTime")) || (key65 === "runtime")) || (key65 === "literal")) || (key65 === "multiline")) || (key65 === "sensitive")) || (key65 === "comment"))){
const err643 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/services/" + key60.replace(/~/g, "~0").replace(/\//g, "~1")+"/env/" + key64.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/services/additionalProperties/properties/env/additionalProperties/then/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key65},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err643];
}
else {
vErrors.push(err643);
}
errors++;
}
}
if(data283.value !== undefined){
let data284 = data283.value;
if(((typeof data284 !== "string") && (!((typeof data284 == "number") && (isFinite(data284))))) && (typeof data284 !== "boolean")){
const err644 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/services/" + key60.replace(/~/g, "~0").replace(/\//g, "~1")+"/env/" + key64.replace(/~/g, "~0").replace(/\//g, "~1")+"/value",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/services/additionalProperties/properties/env/additionalProperties/then/properties/value/type",keyword:"type",params:{type: schema31.properties.projects.additionalProperties.properties.environments.additionalProperties.properties.services.additionalProperties.properties.env.additionalProperties.then.properties.value.type},message:"must be string,number,boolean"};
if(vErrors === null){
vErrors = [err644];
}
else {
vErrors.push(err644);
}
errors++;
}
}
if(data283.buildTime !== undefined){
if(typeof data283.buildTime !== "boolean"){
const err645 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/services/" + key60.replace(/~/g, "~0").replace(/\//g, "~1")+"/env/" + key64.replace(/~/g, "~0").replace(/\//g, "~1")+"/buildTime",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/services/additionalProperties/properties/env/additionalProperties/then/properties/buildTime/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err645];
}
else {
vErrors.push(err645);
}
errors++;
}
}
if(data283.runtime !== undefined){
if(typeof data283.runtime !== "boolean"){
const err646 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/services/" + key60.replace(/~/g, "~0").replace(/\//g, "~1")+"/env/" + key64.replace(/~/g, "~0").replace(/\//g, "~1")+"/runtime",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/services/additionalProperties/properties/env/additionalProperties/then/properties/runtime/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err646];
}
else {
vErrors.push(err646);
}
errors++;
}
}
if(data283.literal !== undefined){
if(typeof data283.literal !== "boolean"){
const err647 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/services/" + key60.replace(/~/g, "~0").replace(/\//g, "~1")+"/env/" + key64.replace(/~/g, "~0").replace(/\//g, "~1")+"/literal",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/services/additionalProperties/properties/env/additionalProperties/then/properties/literal/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err647];
}
else {
vErrors.push(err647);
}
errors++;
}
}
if(data283.multiline !== undefined){
if(typeof data283.multiline !== "boolean"){
const err648 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/services/" + key60.replace(/~/g, "~0").replace(/\//g, "~1")+"/env/" + key64.replace(/~/g, "~0").replace(/\//g, "~1")+"/multiline",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/services/additionalProperties/properties/env/additionalProperties/then/properties/multiline/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err648];
}
else {
vErrors.push(err648);
}
errors++;
}
}
if(data283.sensitive !== undefined){
if(typeof data283.sensitive !== "boolean"){
const err649 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/services/" + key60.replace(/~/g, "~0").replace(/\//g, "~1")+"/env/" + key64.replace(/~/g, "~0").replace(/\//g, "~1")+"/sensitive",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/services/additionalProperties/properties/env/additionalProperties/then/properties/sensitive/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err649];
}
else {
vErrors.push(err649);
}
errors++;
}
}
if(data283.comment !== undefined){
if(typeof data283.comment !== "string"){
const err650 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/services/" + key60.replace(/~/g, "~0").replace(/\//g, "~1")+"/env/" + key64.replace(/~/g, "~0").replace(/\//g, "~1")+"/comment",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/services/additionalProperties/properties/env/additionalProperties/then/properties/comment/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err650];
}
else {
vErrors.push(err650);
}
errors++;
}
}
}
else {
const err651 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/services/" + key60.replace(/~/g, "~0").replace(/\//g, "~1")+"/env/" + key64.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/services/additionalProperties/properties/env/additionalProperties/then/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err651];
}
else {
vErrors.push(err651);
}
errors++;
}
var _valid19 = _errs812 === errors;
valid167 = _valid19;
}
if(!valid167){
const err652 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/services/" + key60.replace(/~/g, "~0").replace(/\//g, "~1")+"/env/" + key64.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/services/additionalProperties/properties/env/additionalProperties/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err652];
}
else {
vErrors.push(err652);
}
errors++;
}
}
}
else {
const err653 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/services/" + key60.replace(/~/g, "~0").replace(/\//g, "~1")+"/env",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/services/additionalProperties/properties/env/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err653];
}
else {
vErrors.push(err653);
}
errors++;
}
}
if(data265.type !== undefined){
if(data265 && typeof data265 == "object" && !Array.isArray(data265)){
if(data265.compose !== undefined){
const err654 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/services/" + key60.replace(/~/g, "~0").replace(/\//g, "~1")+"/compose",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/services/additionalProperties/dependentSchemas/type/properties/compose/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err654];
}
else {
vErrors.push(err654);
}
errors++;
}
}
}
}
else {
const err655 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/services/" + key60.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/services/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err655];
}
else {
vErrors.push(err655);
}
errors++;
}
}
}
else {
const err656 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/services",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/services/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err656];
}
else {
vErrors.push(err656);
}
errors++;
}
}
if(data25.protect !== undefined){
if(typeof data25.protect !== "boolean"){
const err657 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/protect",schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/properties/protect/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err657];
}
else {
vErrors.push(err657);
}
errors++;
}
}
}
else {
const err658 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/projects/additionalProperties/properties/environments/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err658];
}
else {
vErrors.push(err658);
}
errors++;
}
}
}
else {
const err659 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/environments",schemaPath:"#/properties/projects/additionalProperties/properties/environments/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err659];
}
else {
vErrors.push(err659);
}
errors++;
}
}
if(data20.protect !== undefined){
if(typeof data20.protect !== "boolean"){
const err660 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/protect",schemaPath:"#/properties/projects/additionalProperties/properties/protect/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err660];
}
else {
vErrors.push(err660);
}
errors++;
}
}
}
else {
const err661 = {instancePath:instancePath+"/projects/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/projects/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err661];
}
else {
vErrors.push(err661);
}
errors++;
}
}
}
else {
const err662 = {instancePath:instancePath+"/projects",schemaPath:"#/properties/projects/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err662];
}
else {
vErrors.push(err662);
}
errors++;
}
}
}
else {
const err663 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err663];
}
else {
vErrors.push(err663);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

/** The dereferenced schema without documentation keywords: rule messages and allowed keys. */
export const schemaSkeleton: unknown = JSON.parse("{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"version\",\"projects\"],\"properties\":{\"version\":{\"const\":1,\"errorMessage\":\"must be `1` (the only manifest format version)\"},\"coolify\":{\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"url\":{\"type\":\"string\",\"minLength\":1}}},\"defaults\":{\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"server\":{\"type\":\"string\",\"minLength\":1},\"destination\":{\"type\":\"string\",\"minLength\":1},\"tags\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"minLength\":2,\"maxLength\":255,\"pattern\":\"^[a-z0-9][a-z0-9._:-]*$\",\"errorMessage\":\"must be a tag: at least 2 lower-case letters, digits, '.', '_', ':' or '-'\"},\"uniqueItems\":true}}},\"vars\":{\"type\":\"object\",\"propertyNames\":{\"type\":\"string\",\"pattern\":\"^[A-Za-z_][A-Za-z0-9_]*$\",\"errorMessage\":\"must be a variable name: letters, digits and '_', not starting with a digit\"},\"additionalProperties\":{\"type\":[\"string\",\"number\",\"boolean\"]}},\"s3Storages\":{\"type\":\"object\",\"propertyNames\":{\"type\":\"string\",\"minLength\":1,\"maxLength\":63,\"pattern\":\"^[a-z0-9][a-z0-9_-]*$\",\"errorMessage\":\"must be a resource name: 1-63 lower-case letters, digits, '_' or '-', starting with a letter or digit\"},\"additionalProperties\":{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"endpoint\",\"bucket\",\"region\",\"key\",\"secret\"],\"properties\":{\"description\":{\"type\":\"string\",\"maxLength\":255},\"endpoint\":{\"type\":\"string\",\"minLength\":1},\"bucket\":{\"type\":\"string\",\"minLength\":1},\"region\":{\"type\":\"string\",\"minLength\":1},\"key\":{\"type\":\"string\",\"minLength\":1},\"secret\":{\"type\":\"string\",\"minLength\":1},\"protect\":{\"type\":\"boolean\"}}}},\"projects\":{\"type\":\"object\",\"propertyNames\":{\"type\":\"string\",\"minLength\":3,\"maxLength\":255,\"pattern\":\"^[\\\\p{L}\\\\p{M}\\\\p{N}\\\\s_.@/&()#,:+-]+$\",\"errorMessage\":\"must be a Coolify name: 3-255 characters, letters, digits, spaces and - _ . @ / & ( ) # , : +\"},\"additionalProperties\":{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"environments\"],\"properties\":{\"description\":{\"type\":\"string\",\"maxLength\":255},\"sharedEnv\":{\"type\":\"object\",\"propertyNames\":{\"type\":\"string\",\"pattern\":\"^[A-Za-z_][A-Za-z0-9_.]*$\",\"errorMessage\":\"must be an env var name: letters, digits, '_' and '.', not starting with a digit\"},\"additionalProperties\":{\"type\":\"string\"}},\"environments\":{\"type\":\"object\",\"propertyNames\":{\"type\":\"string\",\"minLength\":3,\"maxLength\":255,\"pattern\":\"^[\\\\p{L}\\\\p{M}\\\\p{N}\\\\s_.@/&()#,:+-]+$\",\"errorMessage\":\"must be a Coolify name: 3-255 characters, letters, digits, spaces and - _ . @ / & ( ) # , : +\"},\"additionalProperties\":{\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"description\":{\"type\":\"string\",\"maxLength\":255},\"sharedEnv\":{\"type\":\"object\",\"propertyNames\":{\"type\":\"string\",\"pattern\":\"^[A-Za-z_][A-Za-z0-9_.]*$\",\"errorMessage\":\"must be an env var name: letters, digits, '_' and '.', not starting with a digit\"},\"additionalProperties\":{\"type\":\"string\"}},\"databases\":{\"type\":\"object\",\"propertyNames\":{\"type\":\"string\",\"minLength\":1,\"maxLength\":63,\"pattern\":\"^[a-z0-9][a-z0-9_-]*$\",\"errorMessage\":\"must be a resource name: 1-63 lower-case letters, digits, '_' or '-', starting with a letter or digit\"},\"additionalProperties\":{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"type\"],\"properties\":{\"description\":{\"type\":\"string\",\"maxLength\":255},\"server\":{\"type\":\"string\",\"minLength\":1},\"destination\":{\"type\":\"string\",\"minLength\":1},\"tags\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"minLength\":2,\"maxLength\":255,\"pattern\":\"^[a-z0-9][a-z0-9._:-]*$\",\"errorMessage\":\"must be a tag: at least 2 lower-case letters, digits, '.', '_', ':' or '-'\"},\"uniqueItems\":true},\"dependsOn\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"minLength\":1,\"maxLength\":63,\"pattern\":\"^[a-z0-9][a-z0-9_-]*$\",\"errorMessage\":\"must be a resource name: 1-63 lower-case letters, digits, '_' or '-', starting with a letter or digit\"},\"uniqueItems\":true},\"protect\":{\"type\":\"boolean\"},\"ignoreChanges\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"minLength\":1},\"uniqueItems\":true},\"type\":{\"enum\":[\"postgresql\",\"mysql\",\"mariadb\",\"mongodb\",\"redis\",\"keydb\",\"dragonfly\",\"clickhouse\"]},\"image\":{\"type\":\"string\",\"minLength\":1,\"pattern\":\"^\\\\S+$\",\"errorMessage\":\"must be an image reference without spaces\"},\"database\":{\"type\":\"string\",\"minLength\":1},\"user\":{\"type\":\"string\",\"minLength\":1},\"password\":{\"type\":\"string\",\"minLength\":1},\"rootPassword\":{\"type\":\"string\",\"minLength\":1},\"conf\":{\"type\":\"string\"},\"initdbArgs\":{\"type\":\"string\"},\"hostAuthMethod\":{\"type\":\"string\"},\"public\":{\"type\":\"boolean\"},\"publicPort\":{\"type\":\"integer\",\"minimum\":1024,\"maximum\":65535},\"publicPortTimeout\":{\"type\":\"integer\",\"minimum\":1},\"limits\":{\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"cpus\":{\"type\":[\"number\",\"string\"],\"exclusiveMinimum\":0,\"pattern\":\"^[0-9]+(\\\\.[0-9]+)?$\",\"errorMessage\":\"must be a positive CPU count such as 2 or \\\"1.5\\\"\"},\"memory\":{\"type\":\"string\",\"pattern\":\"^[0-9]+[bkmgBKMG]?$\",\"errorMessage\":\"must be a memory size such as `512M`, `2g` or `2048M`\"},\"memorySwap\":{\"type\":\"string\",\"pattern\":\"^[0-9]+[bkmgBKMG]?$\",\"errorMessage\":\"must be a memory size such as `512M`, `2g` or `2048M`\"},\"memorySwappiness\":{\"type\":\"integer\",\"minimum\":0,\"maximum\":100},\"memoryReservation\":{\"type\":\"string\",\"pattern\":\"^[0-9]+[bkmgBKMG]?$\",\"errorMessage\":\"must be a memory size such as `512M`, `2g` or `2048M`\"},\"cpuset\":{\"type\":\"string\",\"pattern\":\"^[0-9]+(?:[-,][0-9]+)*$\",\"errorMessage\":\"must be a CPU set such as `0-3` or `0,2`\"},\"cpuShares\":{\"type\":\"integer\",\"minimum\":2}}},\"healthCheck\":{\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"enabled\":{\"type\":\"boolean\"},\"interval\":{\"type\":\"integer\",\"minimum\":1},\"timeout\":{\"type\":\"integer\",\"minimum\":1},\"retries\":{\"type\":\"integer\",\"minimum\":1},\"startPeriod\":{\"type\":\"integer\",\"minimum\":0}}},\"env\":{\"type\":\"object\",\"propertyNames\":{\"type\":\"string\",\"pattern\":\"^[A-Za-z_][A-Za-z0-9_.]*$\",\"errorMessage\":\"must be an env var name: letters, digits, '_' and '.', not starting with a digit\"},\"additionalProperties\":{\"type\":[\"string\",\"number\",\"boolean\",\"object\"],\"errorMessage\":\"must be a string, number, boolean or an object with `value`\",\"if\":{\"type\":\"object\"},\"then\":{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"value\"],\"properties\":{\"value\":{\"type\":[\"string\",\"number\",\"boolean\"]},\"buildTime\":{\"type\":\"boolean\"},\"runtime\":{\"type\":\"boolean\"},\"literal\":{\"type\":\"boolean\"},\"multiline\":{\"type\":\"boolean\"},\"sensitive\":{\"type\":\"boolean\"},\"comment\":{\"type\":\"string\"}}}}},\"backups\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"schedule\"],\"properties\":{\"name\":{\"type\":\"string\",\"minLength\":1,\"maxLength\":63,\"pattern\":\"^[a-z0-9][a-z0-9_-]*$\",\"errorMessage\":\"must be a resource name: 1-63 lower-case letters, digits, '_' or '-', starting with a letter or digit\"},\"schedule\":{\"type\":\"string\",\"pattern\":\"^(?:every_minute|hourly|daily|weekly|monthly|yearly|@(?:hourly|daily|midnight|weekly|monthly|yearly|annually)|[0-9A-Za-z*,/?#-]+(?:[ \\\\t]+[0-9A-Za-z*,/?#-]+){4})$\",\"errorMessage\":\"must be a 5-field cron expression (e.g. `0 2 * * *`) or a keyword such as `daily` or `@hourly`\"},\"enabled\":{\"type\":\"boolean\"},\"keepLocally\":{\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"amount\":{\"type\":\"integer\",\"minimum\":0},\"days\":{\"type\":\"integer\",\"minimum\":0},\"maxGb\":{\"type\":\"number\",\"minimum\":0}}},\"s3\":{\"type\":\"string\",\"minLength\":1,\"maxLength\":63,\"pattern\":\"^[a-z0-9][a-z0-9_-]*$\",\"errorMessage\":\"must be a resource name: 1-63 lower-case letters, digits, '_' or '-', starting with a letter or digit\"},\"keepInS3\":{\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"amount\":{\"type\":\"integer\",\"minimum\":0},\"days\":{\"type\":\"integer\",\"minimum\":0},\"maxGb\":{\"type\":\"number\",\"minimum\":0}}},\"databases\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"minLength\":1},\"minItems\":1,\"uniqueItems\":true},\"dumpAll\":{\"type\":\"boolean\"},\"missingBackupAlertDays\":{\"type\":\"integer\",\"minimum\":1},\"timeout\":{\"type\":\"integer\",\"minimum\":60,\"maximum\":36000}},\"dependentSchemas\":{\"keepInS3\":{\"errorMessage\":\"`keepInS3` needs `s3` (the S3 storage to keep backups in)\",\"required\":[\"s3\"]}}}}},\"allOf\":[{\"if\":{\"properties\":{\"type\":{\"enum\":[\"postgresql\",\"mongodb\",\"redis\",\"keydb\",\"dragonfly\",\"clickhouse\"]}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"rootPassword\":{\"errorMessage\":\"`rootPassword` is only for mysql and mariadb\",\"not\":{}}}}},{\"if\":{\"properties\":{\"type\":{\"enum\":[\"mysql\",\"mariadb\",\"mongodb\",\"redis\",\"keydb\",\"dragonfly\",\"clickhouse\"]}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"initdbArgs\":{\"errorMessage\":\"`initdbArgs` is only for postgresql\",\"not\":{}}}}},{\"if\":{\"properties\":{\"type\":{\"enum\":[\"mysql\",\"mariadb\",\"mongodb\",\"redis\",\"keydb\",\"dragonfly\",\"clickhouse\"]}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"hostAuthMethod\":{\"errorMessage\":\"`hostAuthMethod` is only for postgresql\",\"not\":{}}}}},{\"if\":{\"properties\":{\"type\":{\"enum\":[\"dragonfly\",\"clickhouse\"]}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"conf\":{\"errorMessage\":\"`conf` is not supported for dragonfly and clickhouse\",\"not\":{}}}}},{\"if\":{\"properties\":{\"type\":{\"enum\":[\"redis\",\"keydb\",\"dragonfly\",\"clickhouse\"]}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"database\":{\"errorMessage\":\"`database` is only for postgresql, mysql, mariadb and mongodb\",\"not\":{}}}}},{\"if\":{\"properties\":{\"type\":{\"enum\":[\"redis\",\"keydb\",\"dragonfly\"]}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"user\":{\"errorMessage\":\"`user` is not supported for redis, keydb and dragonfly\",\"not\":{}}}}},{\"if\":{\"properties\":{\"type\":{\"enum\":[\"redis\",\"keydb\",\"dragonfly\"]}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"backups\":{\"errorMessage\":\"`backups` are not supported for redis, keydb and dragonfly: Coolify answers 422 to backup schedules on these engines\",\"not\":{}}}}},{\"if\":{\"properties\":{\"public\":{\"const\":true}},\"required\":[\"public\"]},\"then\":{\"errorMessage\":\"`public: true` needs `publicPort` (Coolify silently switches public access off without one)\",\"required\":[\"publicPort\"]}}]}},\"applications\":{\"type\":\"object\",\"propertyNames\":{\"type\":\"string\",\"minLength\":1,\"maxLength\":63,\"pattern\":\"^[a-z0-9][a-z0-9_-]*$\",\"errorMessage\":\"must be a resource name: 1-63 lower-case letters, digits, '_' or '-', starting with a letter or digit\"},\"additionalProperties\":{\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"description\":{\"type\":\"string\",\"maxLength\":255},\"server\":{\"type\":\"string\",\"minLength\":1},\"destination\":{\"type\":\"string\",\"minLength\":1},\"tags\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"minLength\":2,\"maxLength\":255,\"pattern\":\"^[a-z0-9][a-z0-9._:-]*$\",\"errorMessage\":\"must be a tag: at least 2 lower-case letters, digits, '.', '_', ':' or '-'\"},\"uniqueItems\":true},\"dependsOn\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"minLength\":1,\"maxLength\":63,\"pattern\":\"^[a-z0-9][a-z0-9_-]*$\",\"errorMessage\":\"must be a resource name: 1-63 lower-case letters, digits, '_' or '-', starting with a letter or digit\"},\"uniqueItems\":true},\"protect\":{\"type\":\"boolean\"},\"ignoreChanges\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"minLength\":1},\"uniqueItems\":true},\"image\":{\"type\":\"string\",\"minLength\":1,\"pattern\":\"^\\\\S+$\",\"errorMessage\":\"must be an image reference without spaces\"},\"git\":{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"repository\"],\"properties\":{\"repository\":{\"type\":\"string\",\"minLength\":1,\"pattern\":\"^\\\\S+$\",\"errorMessage\":\"must be a repository URL without spaces\"},\"branch\":{\"type\":\"string\",\"minLength\":1},\"commit\":{\"type\":\"string\",\"pattern\":\"^(?:[0-9a-fA-F]{7,40}|HEAD)$\",\"errorMessage\":\"must be a commit SHA (7-40 hex digits) or `HEAD`\"},\"githubApp\":{\"type\":\"string\",\"minLength\":1},\"deployKey\":{\"type\":\"string\",\"minLength\":1},\"buildPack\":{\"enum\":[\"nixpacks\",\"railpack\",\"static\",\"dockerfile\",\"dockercompose\"]},\"baseDirectory\":{\"type\":\"string\",\"pattern\":\"^/([a-zA-Z0-9._\\\\-/~@+]*)?$\",\"errorMessage\":\"must be a directory path starting with `/` (letters, digits, . _ - / ~ @ +)\"},\"dockerfile\":{\"type\":\"string\",\"pattern\":\"^/[a-zA-Z0-9._\\\\-/~@+]+$\",\"errorMessage\":\"must be a file path starting with `/` (letters, digits, . _ - / ~ @ +)\"},\"dockerfileTarget\":{\"type\":\"string\",\"pattern\":\"^[a-zA-Z0-9][a-zA-Z0-9._-]*$\",\"errorMessage\":\"must be a Docker build stage name\"},\"composeFile\":{\"type\":\"string\",\"pattern\":\"^/[a-zA-Z0-9._\\\\-/~@+]+$\",\"errorMessage\":\"must be a file path starting with `/` (letters, digits, . _ - / ~ @ +)\"},\"publishDirectory\":{\"type\":\"string\",\"pattern\":\"^/([a-zA-Z0-9._\\\\-/~@+]*)?$\",\"errorMessage\":\"must be a directory path starting with `/` (letters, digits, . _ - / ~ @ +)\"},\"installCommand\":{\"type\":\"string\"},\"buildCommand\":{\"type\":\"string\"},\"startCommand\":{\"type\":\"string\"},\"autoDeploy\":{\"type\":\"boolean\"},\"watchPaths\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"minLength\":1},\"uniqueItems\":true},\"webhookSecret\":{\"type\":\"string\"}},\"dependentSchemas\":{\"githubApp\":{\"properties\":{\"deployKey\":{\"errorMessage\":\"`deployKey` cannot be combined with `githubApp`: choose one way to reach a private repository\",\"not\":{}}}},\"dockerfile\":{\"errorMessage\":\"`dockerfile` (the Dockerfile location) needs `buildPack: dockerfile`\",\"required\":[\"buildPack\"],\"properties\":{\"buildPack\":{\"const\":\"dockerfile\",\"errorMessage\":\"`dockerfile` (the Dockerfile location) needs `buildPack: dockerfile`\"}}},\"composeFile\":{\"errorMessage\":\"`composeFile` needs `buildPack: dockercompose`\",\"required\":[\"buildPack\"],\"properties\":{\"buildPack\":{\"const\":\"dockercompose\",\"errorMessage\":\"`composeFile` needs `buildPack: dockercompose`\"}}}}},\"dockerfile\":{\"type\":\"string\",\"minLength\":1},\"ports\":{\"type\":\"array\",\"items\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":65535},\"minItems\":1,\"uniqueItems\":true},\"portMappings\":{\"type\":\"array\",\"uniqueItems\":true,\"items\":{\"type\":\"string\",\"pattern\":\"^[0-9]{1,5}:[0-9]{1,5}$\",\"errorMessage\":\"must be a `host:container` port mapping such as `8080:80`\"}},\"domains\":{\"type\":\"array\",\"uniqueItems\":true,\"items\":{\"type\":\"string\",\"pattern\":\"^https?://[^\\\\s,/]+(?:/[^\\\\s,]*)?$\",\"errorMessage\":\"must be a URL with http:// or https:// and no spaces or commas\"}},\"redirect\":{\"enum\":[\"www\",\"non-www\",\"both\"]},\"generateDomain\":{\"type\":\"boolean\"},\"healthCheck\":{\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"enabled\":{\"type\":\"boolean\"},\"type\":{\"enum\":[\"http\",\"cmd\"]},\"path\":{\"type\":\"string\",\"pattern\":\"^/\",\"errorMessage\":\"must be a path starting with `/`\"},\"port\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":65535},\"host\":{\"type\":\"string\",\"minLength\":1},\"method\":{\"type\":\"string\",\"pattern\":\"^[A-Z]+$\",\"errorMessage\":\"must be an upper-case HTTP method such as `GET`\"},\"scheme\":{\"enum\":[\"http\",\"https\"]},\"returnCode\":{\"type\":\"integer\",\"minimum\":100,\"maximum\":599},\"responseText\":{\"type\":\"string\"},\"command\":{\"type\":\"string\",\"minLength\":1},\"interval\":{\"type\":\"integer\",\"minimum\":1},\"timeout\":{\"type\":\"integer\",\"minimum\":1},\"retries\":{\"type\":\"integer\",\"minimum\":1},\"startPeriod\":{\"type\":\"integer\",\"minimum\":0}},\"allOf\":[{\"if\":{\"properties\":{\"type\":{\"const\":\"cmd\"}},\"required\":[\"type\"]},\"then\":{\"errorMessage\":\"a `type: cmd` health check needs `command`\",\"required\":[\"command\"]}}]},\"limits\":{\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"cpus\":{\"type\":[\"number\",\"string\"],\"exclusiveMinimum\":0,\"pattern\":\"^[0-9]+(\\\\.[0-9]+)?$\",\"errorMessage\":\"must be a positive CPU count such as 2 or \\\"1.5\\\"\"},\"memory\":{\"type\":\"string\",\"pattern\":\"^[0-9]+[bkmgBKMG]?$\",\"errorMessage\":\"must be a memory size such as `512M`, `2g` or `2048M`\"},\"memorySwap\":{\"type\":\"string\",\"pattern\":\"^[0-9]+[bkmgBKMG]?$\",\"errorMessage\":\"must be a memory size such as `512M`, `2g` or `2048M`\"},\"memorySwappiness\":{\"type\":\"integer\",\"minimum\":0,\"maximum\":100},\"memoryReservation\":{\"type\":\"string\",\"pattern\":\"^[0-9]+[bkmgBKMG]?$\",\"errorMessage\":\"must be a memory size such as `512M`, `2g` or `2048M`\"},\"cpuset\":{\"type\":\"string\",\"pattern\":\"^[0-9]+(?:[-,][0-9]+)*$\",\"errorMessage\":\"must be a CPU set such as `0-3` or `0,2`\"},\"cpuShares\":{\"type\":\"integer\",\"minimum\":2}}},\"env\":{\"type\":\"object\",\"propertyNames\":{\"type\":\"string\",\"pattern\":\"^[A-Za-z_][A-Za-z0-9_.]*$\",\"errorMessage\":\"must be an env var name: letters, digits, '_' and '.', not starting with a digit\"},\"additionalProperties\":{\"type\":[\"string\",\"number\",\"boolean\",\"object\"],\"errorMessage\":\"must be a string, number, boolean or an object with `value`\",\"if\":{\"type\":\"object\"},\"then\":{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"value\"],\"properties\":{\"value\":{\"type\":[\"string\",\"number\",\"boolean\"]},\"buildTime\":{\"type\":\"boolean\"},\"runtime\":{\"type\":\"boolean\"},\"literal\":{\"type\":\"boolean\"},\"multiline\":{\"type\":\"boolean\"},\"sensitive\":{\"type\":\"boolean\"},\"comment\":{\"type\":\"string\"}}}}},\"preDeploy\":{\"type\":[\"string\",\"object\"],\"errorMessage\":\"must be a command string or an object with `command`\",\"if\":{\"type\":\"object\"},\"then\":{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"command\"],\"properties\":{\"command\":{\"type\":\"string\",\"minLength\":1},\"container\":{\"type\":\"string\",\"minLength\":1}}}},\"postDeploy\":{\"type\":[\"string\",\"object\"],\"errorMessage\":\"must be a command string or an object with `command`\",\"if\":{\"type\":\"object\"},\"then\":{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"command\"],\"properties\":{\"command\":{\"type\":\"string\",\"minLength\":1},\"container\":{\"type\":\"string\",\"minLength\":1}}}},\"previews\":{\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"enabled\":{\"type\":\"boolean\"},\"urlTemplate\":{\"type\":\"string\",\"minLength\":1},\"public\":{\"type\":\"boolean\"},\"ttl\":{\"type\":\"string\",\"pattern\":\"^(?:[0-9]+(?:\\\\.[0-9]+)?(?:ms|s|m|h|d|w))+$\",\"errorMessage\":\"must be a duration such as `90s`, `10m`, `1h30m`, `7d` or `2w`\"},\"env\":{\"type\":\"object\",\"propertyNames\":{\"type\":\"string\",\"pattern\":\"^[A-Za-z_][A-Za-z0-9_.]*$\",\"errorMessage\":\"must be an env var name: letters, digits, '_' and '.', not starting with a digit\"},\"additionalProperties\":{\"type\":[\"string\",\"number\",\"boolean\",\"object\"],\"errorMessage\":\"must be a string, number, boolean or an object with `value`\",\"if\":{\"type\":\"object\"},\"then\":{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"value\"],\"properties\":{\"value\":{\"type\":[\"string\",\"number\",\"boolean\"]},\"buildTime\":{\"type\":\"boolean\"},\"runtime\":{\"type\":\"boolean\"},\"literal\":{\"type\":\"boolean\"},\"multiline\":{\"type\":\"boolean\"},\"sensitive\":{\"type\":\"boolean\"},\"comment\":{\"type\":\"string\"}}}}}}},\"scheduledTasks\":{\"type\":\"object\",\"propertyNames\":{\"type\":\"string\",\"minLength\":1,\"maxLength\":63,\"pattern\":\"^[a-z0-9][a-z0-9_-]*$\",\"errorMessage\":\"must be a resource name: 1-63 lower-case letters, digits, '_' or '-', starting with a letter or digit\"},\"additionalProperties\":{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"command\",\"frequency\"],\"properties\":{\"command\":{\"type\":\"string\",\"minLength\":1},\"frequency\":{\"type\":\"string\",\"pattern\":\"^(?:every_minute|hourly|daily|weekly|monthly|yearly|@(?:hourly|daily|midnight|weekly|monthly|yearly|annually)|[0-9A-Za-z*,/?#-]+(?:[ \\\\t]+[0-9A-Za-z*,/?#-]+){4})$\",\"errorMessage\":\"must be a 5-field cron expression (e.g. `0 2 * * *`) or a keyword such as `daily` or `@hourly`\"},\"container\":{\"type\":\"string\",\"minLength\":1},\"enabled\":{\"type\":\"boolean\"},\"timeout\":{\"type\":\"integer\",\"minimum\":1}}}},\"storages\":{\"type\":\"object\",\"propertyNames\":{\"type\":\"string\",\"minLength\":1,\"maxLength\":63,\"pattern\":\"^[a-z0-9][a-z0-9_-]*$\",\"errorMessage\":\"must be a resource name: 1-63 lower-case letters, digits, '_' or '-', starting with a letter or digit\"},\"additionalProperties\":{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"mountPath\"],\"properties\":{\"type\":{\"enum\":[\"volume\",\"file\"]},\"mountPath\":{\"type\":\"string\",\"pattern\":\"^/\",\"errorMessage\":\"must be an absolute path starting with `/`\"},\"hostPath\":{\"type\":\"string\",\"pattern\":\"^/\",\"errorMessage\":\"must be an absolute path starting with `/`\"},\"content\":{\"type\":\"string\"},\"isDirectory\":{\"type\":\"boolean\"},\"backup\":{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"schedule\"],\"properties\":{\"schedule\":{\"type\":\"string\",\"pattern\":\"^(?:every_minute|hourly|daily|weekly|monthly|yearly|@(?:hourly|daily|midnight|weekly|monthly|yearly|annually)|[0-9A-Za-z*,/?#-]+(?:[ \\\\t]+[0-9A-Za-z*,/?#-]+){4})$\",\"errorMessage\":\"must be a 5-field cron expression (e.g. `0 2 * * *`) or a keyword such as `daily` or `@hourly`\"},\"s3\":{\"type\":\"string\",\"minLength\":1,\"maxLength\":63,\"pattern\":\"^[a-z0-9][a-z0-9_-]*$\",\"errorMessage\":\"must be a resource name: 1-63 lower-case letters, digits, '_' or '-', starting with a letter or digit\"},\"enabled\":{\"type\":\"boolean\"},\"keepLocally\":{\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"amount\":{\"type\":\"integer\",\"minimum\":0},\"days\":{\"type\":\"integer\",\"minimum\":0},\"maxGb\":{\"type\":\"number\",\"minimum\":0}}},\"keepInS3\":{\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"amount\":{\"type\":\"integer\",\"minimum\":0},\"days\":{\"type\":\"integer\",\"minimum\":0},\"maxGb\":{\"type\":\"number\",\"minimum\":0}}},\"timeout\":{\"type\":\"integer\",\"minimum\":60,\"maximum\":36000},\"stopDuringBackup\":{\"type\":\"boolean\"},\"disableLocalBackup\":{\"type\":\"boolean\"}},\"dependentSchemas\":{\"keepInS3\":{\"errorMessage\":\"`keepInS3` needs `s3` (the S3 storage to keep backups in)\",\"required\":[\"s3\"]},\"disableLocalBackup\":{\"errorMessage\":\"`disableLocalBackup` needs `s3`: Coolify disables local backups only when S3 backups are on\",\"required\":[\"s3\"]}}}},\"if\":{\"properties\":{\"type\":{\"const\":\"file\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"hostPath\":{\"errorMessage\":\"`hostPath` is for volumes, not `type: file` storages\",\"not\":{}},\"backup\":{\"errorMessage\":\"`backup` is for volumes, not `type: file` storages\",\"not\":{}}}},\"else\":{\"properties\":{\"content\":{\"errorMessage\":\"`content` is for file storages: add `type: file`\",\"not\":{}},\"isDirectory\":{\"errorMessage\":\"`isDirectory` is for file storages: add `type: file`\",\"not\":{}}}}}},\"replicas\":{\"anyOf\":[{\"type\":\"integer\",\"minimum\":1,\"maximum\":100},{\"type\":\"string\",\"pattern\":\"^\\\\$\\\\{vars\\\\.[A-Za-z_][A-Za-z0-9_]*\\\\}$\"}],\"errorMessage\":\"must be a whole number from 1 to 100, or a variable such as ${vars.WORKERS}\"},\"autoscale\":{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"min\",\"max\",\"metric\",\"up\",\"down\"],\"properties\":{\"min\":{\"type\":\"integer\",\"minimum\":1},\"max\":{\"type\":\"integer\",\"minimum\":1},\"metric\":{\"type\":\"object\",\"additionalProperties\":false,\"minProperties\":1,\"maxProperties\":1,\"errorMessage\":\"set exactly one of `prometheus` or `redis`\",\"properties\":{\"prometheus\":{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"url\",\"query\"],\"properties\":{\"url\":{\"type\":\"string\",\"minLength\":1},\"query\":{\"type\":\"string\",\"minLength\":1}}},\"redis\":{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"url\",\"list\"],\"properties\":{\"url\":{\"type\":\"string\",\"minLength\":1},\"list\":{\"type\":\"string\",\"minLength\":1}}}}},\"up\":{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"above\"],\"properties\":{\"above\":{\"type\":\"number\"},\"step\":{\"type\":\"integer\",\"minimum\":1}}},\"down\":{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"below\"],\"properties\":{\"below\":{\"type\":\"number\"},\"step\":{\"type\":\"integer\",\"minimum\":1}}},\"cooldown\":{\"type\":\"string\",\"pattern\":\"^(?:[0-9]+(?:\\\\.[0-9]+)?(?:ms|s|m|h|d|w))+$\",\"errorMessage\":\"must be a duration such as `90s`, `10m`, `1h30m`, `7d` or `2w`\"}}}},\"allOf\":[{\"errorMessage\":\"an application needs a source: set one of `image`, `git` or `dockerfile`\",\"anyOf\":[{\"required\":[\"image\"]},{\"required\":[\"git\"]},{\"required\":[\"dockerfile\"]}]},{\"if\":{\"properties\":{\"replicas\":{\"minimum\":2}},\"required\":[\"replicas\"]},\"then\":{\"properties\":{\"domains\":{\"maxItems\":0,\"errorMessage\":\"`domains` cannot be used with `replicas` above 1: replicas are internal workers\"}}}}],\"dependentSchemas\":{\"image\":{\"properties\":{\"git\":{\"errorMessage\":\"`git` cannot be combined with `image`: an application has exactly one source: `image`, `git` or `dockerfile`\",\"not\":{}},\"dockerfile\":{\"errorMessage\":\"`dockerfile` cannot be combined with `image`: an application has exactly one source: `image`, `git` or `dockerfile`\",\"not\":{}}}},\"git\":{\"properties\":{\"dockerfile\":{\"errorMessage\":\"`dockerfile` cannot be combined with `git`: an application has exactly one source: `image`, `git` or `dockerfile` (use `git.dockerfile` for the Dockerfile location)\",\"not\":{}}}}}}},\"services\":{\"type\":\"object\",\"propertyNames\":{\"type\":\"string\",\"minLength\":1,\"maxLength\":63,\"pattern\":\"^[a-z0-9][a-z0-9_-]*$\",\"errorMessage\":\"must be a resource name: 1-63 lower-case letters, digits, '_' or '-', starting with a letter or digit\"},\"additionalProperties\":{\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"description\":{\"type\":\"string\",\"maxLength\":255},\"server\":{\"type\":\"string\",\"minLength\":1},\"destination\":{\"type\":\"string\",\"minLength\":1},\"tags\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"minLength\":2,\"maxLength\":255,\"pattern\":\"^[a-z0-9][a-z0-9._:-]*$\",\"errorMessage\":\"must be a tag: at least 2 lower-case letters, digits, '.', '_', ':' or '-'\"},\"uniqueItems\":true},\"dependsOn\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"minLength\":1,\"maxLength\":63,\"pattern\":\"^[a-z0-9][a-z0-9_-]*$\",\"errorMessage\":\"must be a resource name: 1-63 lower-case letters, digits, '_' or '-', starting with a letter or digit\"},\"uniqueItems\":true},\"protect\":{\"type\":\"boolean\"},\"ignoreChanges\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"minLength\":1},\"uniqueItems\":true},\"type\":{\"type\":\"string\",\"minLength\":1},\"compose\":{\"type\":\"string\",\"minLength\":1},\"urls\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"name\",\"url\"],\"properties\":{\"name\":{\"type\":\"string\",\"minLength\":1},\"url\":{\"type\":\"string\",\"pattern\":\"^https?://\\\\S+$\",\"errorMessage\":\"must be a URL with http:// or https://\"}}}},\"env\":{\"type\":\"object\",\"propertyNames\":{\"type\":\"string\",\"pattern\":\"^[A-Za-z_][A-Za-z0-9_.]*$\",\"errorMessage\":\"must be an env var name: letters, digits, '_' and '.', not starting with a digit\"},\"additionalProperties\":{\"type\":[\"string\",\"number\",\"boolean\",\"object\"],\"errorMessage\":\"must be a string, number, boolean or an object with `value`\",\"if\":{\"type\":\"object\"},\"then\":{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"value\"],\"properties\":{\"value\":{\"type\":[\"string\",\"number\",\"boolean\"]},\"buildTime\":{\"type\":\"boolean\"},\"runtime\":{\"type\":\"boolean\"},\"literal\":{\"type\":\"boolean\"},\"multiline\":{\"type\":\"boolean\"},\"sensitive\":{\"type\":\"boolean\"},\"comment\":{\"type\":\"string\"}}}}}},\"allOf\":[{\"errorMessage\":\"a service needs `type` (a one-click template) or `compose`\",\"anyOf\":[{\"required\":[\"type\"]},{\"required\":[\"compose\"]}]}],\"dependentSchemas\":{\"type\":{\"properties\":{\"compose\":{\"errorMessage\":\"`compose` cannot be combined with `type`: a service is either a one-click template or raw compose\",\"not\":{}}}}}}},\"protect\":{\"type\":\"boolean\"}}}},\"protect\":{\"type\":\"boolean\"}}}}}}");
