/** A Dockerfile as stages of instructions, parsed by dockerfile-ast (the parser of Docker's language server). */
import { readFileSync } from 'node:fs';
import { DockerfileParser } from 'dockerfile-ast';

interface Flag {
  getName(): string;
  getValue(): string | null;
}

export interface Instruction {
  keyword: string;
  /** The arguments as written, continuation lines joined, without the --flags. */
  args: string[];
  /** --name=value flags (COPY --from, HEALTHCHECK --interval, RUN --mount). */
  flags: Record<string, string>;
  line: number;
}

export interface Stage {
  image: string;
  name: string | undefined;
  instructions: Instruction[];
}

export interface ParsedDockerfile {
  stages: Stage[];
  comments: string[];
}

export function parseDockerfile(path: string): ParsedDockerfile {
  const dockerfile = DockerfileParser.parse(readFileSync(path, 'utf8'));
  const stages: Stage[] = [];
  for (const instruction of dockerfile.getInstructions()) {
    const keyword = instruction.getKeyword();
    const args = instruction.getArguments().map((argument) => argument.getValue());
    if (keyword === 'FROM') {
      const asIndex = args.findIndex((argument) => argument.toUpperCase() === 'AS');
      stages.push({ image: args[0]!, name: asIndex >= 0 ? args[asIndex + 1] : undefined, instructions: [] });
      continue;
    }
    const stage = stages.at(-1);
    if (!stage) throw new Error(`${path}: ${keyword} before the first FROM`);
    const flags = Object.fromEntries(
      ((instruction as unknown as { getFlags?: () => Flag[] }).getFlags?.() ?? []).map((flag) => [
        flag.getName(),
        flag.getValue() ?? '',
      ]),
    );
    stage.instructions.push({ keyword, args, flags, line: instruction.getRange().start.line + 1 });
  }
  return { stages, comments: dockerfile.getComments().map((comment) => comment.getContent()) };
}

/**
 * The JSON array of an exec-form instruction (CMD ["a", "b"]; for HEALTHCHECK, what follows CMD), or
 * undefined for the shell form.
 */
export function execForm(instruction: Instruction): string[] | undefined {
  const args = instruction.keyword === 'HEALTHCHECK' ? instruction.args.slice(1) : instruction.args;
  const text = args.join(' ');
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) && parsed.every((item) => typeof item === 'string') ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** The default value of `ARG name=value` in a stage, its quotes removed; undefined without one. */
export function argDefault(stage: Stage, name: string): string | undefined {
  for (const instruction of stage.instructions) {
    if (instruction.keyword !== 'ARG') continue;
    const [key, ...rest] = instruction.args.join(' ').split('=');
    if (key === name && rest.length > 0) return rest.join('=').replace(/^"(.*)"$/, '$1');
  }
  return undefined;
}
