/** Renders an imported manifest as YAML with the schema comment, the report and TODO comments. */
import { Document, isMap, isScalar } from 'yaml';
import { SCHEMA_MODELINE } from '../manifest/schema-ref.js';
import type { Manifest } from '../manifest/types.js';
import type { YamlComment } from './context.js';
import { reportLines, type ImportReport } from './report.js';

function attachComment(doc: Document, c: YamlComment): void {
  const parent = c.path.length === 1 ? doc.contents : doc.getIn(c.path.slice(0, -1), true);
  if (!isMap(parent)) return;
  const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === c.path[c.path.length - 1]);
  if (pair && isScalar(pair.key)) pair.key.commentBefore = c.text;
}

/** The manifest text. */
export function renderImportedManifest(manifest: Manifest, report: ImportReport, comments: readonly YamlComment[], fileName: string): string {
  const doc = new Document(manifest);
  for (const c of comments) attachComment(doc, c);
  const header = [SCHEMA_MODELINE, '', ...reportLines(report, fileName)];
  return `${header.map((l) => (l === '' ? '#' : `# ${l}`)).join('\n')}\n${doc.toString({ lineWidth: 0 })}`;
}
