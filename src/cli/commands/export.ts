import { asOfOption } from '../asOf.js';
import { Option, type Command } from 'commander';
import { EXPORT_FORMATS, type ExportFormat } from '../../export/formats.js';

export interface ExportCliOptions {
  format: ExportFormat;
  output?: string;
  base?: string;
  asOf?: string;
}

export default function define(program: Command): Command {
  return program
    .command('export')
    .description('write the org for other tools: Backstage catalog, W3C ORG JSON-LD, or the seat roster as CSV')
    .argument('[path]', 'org directory or file', '.')
    .addOption(new Option('-f, --format <format>', 'output format').choices(EXPORT_FORMATS).makeOptionMandatory())
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .option('--base <iri>', 'jsonld: the IRI prefix of every node (default urn:orgctl:<org id>:)')
    .addOption(asOfOption())
    .addHelpText(
      'after',
      `
backstage  Group entities (organization, department, team) with parent/children,
           User entities for holders with memberOf; ids map to ASCII names (see README)
jsonld     org:Organization, org:OrganizationalUnit, org:Post (postIn, reportsTo),
           holders as foaf:Person (org:holds / org:heldBy, org:headOf)
csv        one row per seat (department path, role, seat, holder or vacant);
           orgctl import reads it back to the same org

Examples:
  $ orgctl export org --format backstage -o catalog-info.yaml
  $ orgctl export org --format jsonld --base https://example.com/org/
  $ orgctl export org --format csv -o seats.csv
`,
    )
    .action(async (path: string, opts: ExportCliOptions) => {
      const { runExport } = await import('../actions/export.js');
      process.exitCode = runExport(path, opts);
    });
}
