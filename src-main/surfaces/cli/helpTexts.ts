// What `--help` prints for each command. Kept apart from the code so the wording can be read
// (and reviewed) in one place.

const HOME_OPTION =
  '  --home FILE     The home file (YAML or JSON). Default: the built-in demo home of\n' +
  '                  virtual devices.';
const AREA_OPTION =
  '  --area AREA     The room the speaker is in (an area id or name); overrides the\n' +
  "                  home file's default_area.";
const LLM_OPTIONS =
  '  --no-llm        Use only the fast rules (for now they are all there is).\n' +
  '  --llm FILE      Use an on-device language model (.gguf). For now the on-device\n' +
  '                  language model is not available yet (it comes in a later\n' +
  '                  version), so this option exits with code 1.';
const HELP_OPTION = '  -h, --help      Show this help.';

export const HELP_TEXTS = {
  hearth: `Hearth: a private smart-home voice assistant that runs entirely on this computer.

Usage: hearth <command> [options]

Commands:
  plan      Understand commands read from stdin and print one JSON plan per line
            (a dry run: nothing is done)
  say       Understand and carry out one command, then print the reply
  devices   List the home's devices with their state
  home      Check a home file (hearth home check FILE) or print the demo home
            (hearth home init)
  pair      Pair Hearth with a Hue bridge (hearth pair hue --host ADDRESS)
  models    List, download and check the speech and language models
            (hearth models list)
  help      Show help for a command (hearth help say)

Every command takes --home FILE (default: the built-in demo home) and --help.
Exit codes: 0 success, 1 the work failed, 2 bad usage or bad input.
In a checkout, run it as: npm run --silent hearth -- <command> [options]
`,
  plan: `Usage: hearth plan [--home FILE] [--area AREA] [--no-llm]

Reads commands from stdin, one per line. For every non-empty line it writes one JSON
plan on one line to stdout, in input order, as soon as it is ready. Nothing is carried
out. A line it does not understand gets "source": "none" and empty lists.

Options:
${HOME_OPTION}
${AREA_OPTION}
${LLM_OPTIONS}
${HELP_OPTION}

Example:
  echo "turn off the kitchen lights" | hearth plan --home home.yaml
`,
  say: `Usage: hearth say [--home FILE] [--area AREA] [--yes] [--json] "COMMAND"

Understands one command, carries it out on the home's devices and prints the reply.
Actions that need confirmation (unlocking, opening a garage door or gate, devices
marked confirm: true) are not carried out unless --yes is given.
Exits 1 when any action failed.

Options:
${HOME_OPTION}
${AREA_OPTION}
  -y, --yes       The user confirms: also carry out actions that need confirmation.
  --json          Print {"plan", "outcomes", "reply"} as one JSON object.
${LLM_OPTIONS}
${HELP_OPTION}

Example:
  hearth say "turn on the kitchen light"
`,
  devices: `Usage: hearth devices [--home FILE] [--json]

Lists every device of the home: id, name, area, type, whether it answers, and its
state now.

Options:
${HOME_OPTION}
  --json          Print a JSON array instead of a table.
${HELP_OPTION}
`,
  home: `Usage: hearth home check FILE
       hearth home init > home.yaml

  check FILE      Validate a home file: prints OK and a summary, or every problem
                  with its line and column (exit 2).
  init            Print the demo home's YAML, a starting point for your own file.

Options:
${HELP_OPTION}
`,
  pair: `Usage: hearth pair hue --host BRIDGE_ADDRESS [--port N]

Pairs Hearth with a Philips Hue bridge on your network: press the bridge's link button,
then run this within 30 seconds. It prints the application key (the home file's
\`username\`) and the connection line to put on each Hue device.

Options:
  --host ADDRESS  The bridge's address on your network (for example 192.168.1.20).
  --port N        The bridge's HTTP port. Default 80.
${HELP_OPTION}
`,
  models: `Usage: hearth models list [--json]
       hearth models download NAME [--allow-unverified]
       hearth models verify [NAME...] [--json]

  list            The model catalogue: name, kind, size, memory needed, whether it is
                  installed; * marks the ones recommended for this computer.
  download NAME   Download a model with a progress bar; an interrupted download
                  resumes where it stopped. The file is installed only once its
                  size and sha256 match the catalogue.
  verify          Re-check the installed files against the catalogue; a corrupt one
                  is moved aside (exit 1) so it is never used.

Options:
  --json              Print JSON instead of a table.
  --allow-unverified  Install a model the catalogue has no checksum for.
  --dir DIR           The models folder. Default: $HEARTH_MODELS_DIR, else the
                      per-user data folder (~/.local/share/hearth/models on Linux).
  --catalogue FILE    Another catalogue file. Default: $HEARTH_MODEL_CATALOGUE, else
                      the one that ships with Hearth.
  --mirror URL        Download from a mirror of huggingface.co. Default:
                      $HEARTH_MODEL_MIRROR, else none.
${HELP_OPTION}
`,
  help: `Usage: hearth help [COMMAND]

Shows the list of commands, or the help of one command (the same as COMMAND --help).
`,
  start: `Usage: npm start -- [--home FILE] [--area AREA]

Starts Hearth. Until the desktop app arrives, this is a text console: type a command
("turn on the kitchen light") and Hearth carries it out and shows what changed. Actions
that need confirmation ask "Confirm? (y/N)" first.

Console words: devices (list the devices and their state), help, quit.

Options:
${HOME_OPTION}
${AREA_OPTION}
${HELP_OPTION}
`,
} as const;

export type HelpTopic = keyof typeof HELP_TEXTS;
