import {
  isProblemCode,
  ProblemCode,
  PROBLEM_CODES,
  SEVERITY_SETTINGS,
  SeveritySetting,
} from '../core/problems';

export type OutputFormat = 'text' | 'json' | 'sarif';

export interface CliOptions {
  readonly inputs: string[];
  readonly format: OutputFormat;
  readonly associations: string[];
  readonly severities: Partial<Record<ProblemCode, SeveritySetting>>;
  readonly maxWarnings?: number;
  readonly quiet: boolean;
  readonly help: boolean;
  readonly version: boolean;
  readonly printSchema: boolean;
}

/** A mistake in the command line itself: reported with the usage hint, exit code 2. */
export class UsageError extends Error {}

const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif'];

export const USAGE = `Usage: vpp-lint [options] <file|folder|glob>...

Checks Microsoft Graph vppTokenRevokeLicensesActionResult payloads in JSON and JSONC files.
Folders are searched for *.json and *.jsonc files (node_modules and .git are skipped).

Options:
  --format text|json|sarif     Output format (default: text)
  --associate <glob>           Treat matching files as payloads even without @odata.type
                               (repeatable)
  --severity <code>=<level>    Change a code's severity: error, warning, information, hint
                               or off (repeatable)
  --max-warnings <n>           Exit 1 when there are more than n warnings
  --quiet                      Report errors only
  --print-schema               Print the JSON Schema generated from the model, then exit
  --                           Treat every later argument as a file, even if it starts with -
  --help                       Show this help
  --version                    Show the version

Exit codes: 0 no errors, 1 problems found, 2 usage error or unreadable input.`;

/** Reads `argv` (without node and the script) into options, or throws a UsageError. */
export function parseArguments(argv: readonly string[]): CliOptions {
  const options = {
    inputs: [] as string[],
    format: 'text' as OutputFormat,
    associations: [] as string[],
    severities: {} as Partial<Record<ProblemCode, SeveritySetting>>,
    maxWarnings: undefined as number | undefined,
    quiet: false,
    help: false,
    version: false,
    printSchema: false,
  };

  for (let index = 0; index < argv.length; index++) {
    if (argv[index] === '--') {
      options.inputs.push(...argv.slice(index + 1));
      break;
    }

    const [flag, inlineValue] = splitFlag(argv[index]);
    const takeValue = (): string => {
      if (inlineValue !== undefined) {
        return inlineValue;
      }
      index++;
      if (index >= argv.length || argv[index].startsWith('--')) {
        throw new UsageError(`${flag} needs a value.`);
      }
      return argv[index];
    };

    switch (flag) {
      case '--format':
        options.format = readFormat(takeValue());
        break;
      case '--associate':
        options.associations.push(takeValue());
        break;
      case '--severity':
        readSeverity(takeValue(), options.severities);
        break;
      case '--max-warnings':
        options.maxWarnings = readCount(takeValue());
        break;
      case '--quiet':
        options.quiet = true;
        break;
      case '--print-schema':
        options.printSchema = true;
        break;
      case '--help':
      case '-h':
        options.help = true;
        break;
      case '--version':
      case '-v':
        options.version = true;
        break;
      default:
        if (flag.startsWith('-') && flag !== '-') {
          throw new UsageError(`Unknown option ${flag}.`);
        }
        options.inputs.push(argv[index]);
    }
  }
  return options;
}

function splitFlag(argument: string): [string, string | undefined] {
  const equals = argument.indexOf('=');
  if (!argument.startsWith('--') || equals < 0) {
    return [argument, undefined];
  }
  return [argument.slice(0, equals), argument.slice(equals + 1)];
}

function readFormat(value: string): OutputFormat {
  const format = FORMATS.find((candidate) => candidate === value);
  if (!format) {
    throw new UsageError(`Unknown format "${value}"; use one of: ${FORMATS.join(', ')}.`);
  }
  return format;
}

function readSeverity(value: string, into: Partial<Record<ProblemCode, SeveritySetting>>): void {
  const [code, level] = value.split('=');
  if (level === undefined || !isProblemCode(code)) {
    throw new UsageError(
      `--severity expects <code>=<level>, got "${value}". Codes: ${PROBLEM_CODES.join(', ')}.`,
    );
  }

  const setting = SEVERITY_SETTINGS.find((candidate) => candidate === level);
  if (!setting) {
    throw new UsageError(
      `Unknown severity "${level}" for ${code}; use one of: ${SEVERITY_SETTINGS.join(', ')}.`,
    );
  }
  into[code] = setting;
}

function readCount(value: string): number {
  if (!/^\d+$/.test(value)) {
    throw new UsageError(`--max-warnings expects a whole number of 0 or more, got "${value}".`);
  }
  return Number(value);
}
