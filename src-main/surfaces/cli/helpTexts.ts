// What `--help` prints for each command. Kept apart from the code so the wording can be read
// (and reviewed) in one place.

const HOME_OPTION =
  '  --home FILE     The home file (YAML or JSON). Default: the built-in demo home of\n' +
  '                  virtual devices.';
const AREA_OPTION =
  '  --area AREA     The room the speaker is in (an area id or name); overrides the\n' +
  "                  home file's default_area.";
const LLM_OPTIONS =
  '  --llm FILE      The on-device language model (.gguf) for what the fast rules do\n' +
  '                  not understand. Default: the best installed one (hearth models\n' +
  '                  list); none installed: the fast rules only. A FILE that is\n' +
  '                  missing or not a complete GGUF model exits 1.\n' +
  '  --no-llm        Use only the fast rules.';
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
  transcribe  Speech to text of a WAV file, on this computer
            (hearth transcribe --json AUDIO.wav)
  listen    The whole voice pipeline on a recording: speech, words, actions
            (hearth listen --wav AUDIO.wav --json)
  hub       Serve Hearth's interface to a browser on this computer
            (hearth hub --home FILE, then open the address it prints)
  help      Show help for a command (hearth help say)

Every command takes --home FILE (default: the built-in demo home) and --help.
Exit codes: 0 success, 1 the work failed, 2 bad usage or bad input.
In a checkout, run it as: npm run --silent hearth -- <command> [options]
`,
  plan: `Usage: hearth plan [--home FILE] [--area AREA] [--llm FILE | --no-llm] [--follow-up]

Reads commands from stdin, one per line. For every non-empty line it writes one JSON
plan on one line to stdout, in input order, as soon as it is ready. Nothing is carried
out. A line it does not understand gets "source": "none" and empty lists.

Options:
${HOME_OPTION}
${AREA_OPTION}
${LLM_OPTIONS}
  --follow-up        the lines are one conversation: a line may refer to those before it
                     ("make it brighter", "and the bedroom too", "the one in the kitchen")
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
       hearth home import --from-home-assistant URL --token-file FILE > home.yaml

  check FILE      Validate a home file: prints OK and a summary, or every problem
                  with its line and column (exit 2).
  init            Print the demo home's YAML, a starting point for your own file.
  import          Print a home file built from a Home Assistant's floors, areas,
                  devices and entities; FILE holds a long-lived access token (make
                  one on your profile page in Home Assistant).

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
       hearth models download NAME [--accept-licence] [--allow-unverified]
       hearth models verify [NAME...] [--json]

  list            The model catalogue: name, kind, size, memory needed, whether it is
                  installed; * marks the ones recommended for this computer.
  download NAME   Download a model with a progress bar; an interrupted download
                  resumes where it stopped. The file is installed only once its
                  size and sha256 match the catalogue. A wake word (hey_jarvis,
                  alexa, ...) brings openWakeWord's two feature models with it.
  verify          Re-check the installed files against the catalogue; a corrupt one
                  is moved aside (exit 1) so it is never used.

Options:
  --json              Print JSON instead of a table.
  --accept-licence    Accept the licence shown for a model that needs it (the wake
                      words: CC BY-NC-SA 4.0, non-commercial use only). At a
                      terminal Hearth asks instead.
  --allow-unverified  Install a model the catalogue has no checksum for.
  --dir DIR           The models folder. Default: $HEARTH_MODELS_DIR, else the
                      per-user data folder (~/.local/share/hearth/models on Linux).
  --catalogue FILE    Another catalogue file. Default: $HEARTH_MODEL_CATALOGUE, else
                      the one that ships with Hearth.
  --mirror URL        Download from a mirror of huggingface.co. Default:
                      $HEARTH_MODEL_MIRROR, else none.
${HELP_OPTION}
`,
  hub: `Usage: hearth hub [--home FILE] [--port N] [--host ADDRESS] [--data-dir DIR]

Runs Hearth without a desktop window and serves the same interface to a browser at
http://ADDRESS:PORT/ until Ctrl+C. Only this computer can connect unless --host names
another address; then every browser needs the pairing token it prints.

Options:
${HOME_OPTION}
${AREA_OPTION}
  --port N        The port to listen on. Default 8765; 0 picks a free one (the
                  address printed says which).
  --host ADDRESS  The address to listen on. Default 127.0.0.1 (this computer only).
  --data-dir DIR  Where the conversation history and settings are kept. Default:
                  $HEARTH_DATA_DIR, else ~/.local/share/hearth (per user).
  --ui DIR        Serve a prebuilt interface from DIR instead of building it.
${HELP_OPTION}
`,
  transcribe: `Usage: hearth transcribe [--model FILE] [--json] AUDIO.wav

Turns the speech in a WAV file into text, on this computer (whisper.cpp). Any common
sample rate, channel count and sample format is converted to 16 kHz mono. Silence and
noise give no text.

Options:
  --model FILE    The whisper model (.bin). Default: the best installed speech model
                  (get one with: hearth models download tiny.en).
  --json          Print {"text", "segments": [{"start", "end", "text"}],
                  "audio_seconds", "elapsed_ms"} as one JSON object.
  --language LANG The spoken language (en, de, ... or auto); other than English needs a
                  multilingual model. Default en.
  --prompt TEXT   Words to expect, such as your device and room names.
  --full-context  Use whisper's full 30 s window: slower on short clips, sometimes more
                  accurate.
${HELP_OPTION}

Exits 2 when the audio cannot be read, 1 when there is no usable model.
`,
  listen: `Usage: hearth listen [--home FILE] [--area AREA] --wav AUDIO.wav [--json]
                     [--model FILE] [--llm FILE | --no-llm] [--realtime]
                     [--wake NAME | --wake FILE.onnx] [--no-early]

Listens to a recording as if it came from the microphone: finds each spoken command
(voice activity detection), turns it into words (whisper.cpp, on this computer) and
carries it out, printing what happens. Silence and noise never cause an action. Live
listening to the microphone comes with the desktop app.

The end of a command is noticed about 0.2 s after the speech stops, and recognition
starts then; it is confirmed after 0.6 s of silence, so a pause inside a sentence does
not cut it in two.

Options:
${HOME_OPTION}
${AREA_OPTION}
  --wav FILE      The recording: WAV of any common rate, channel count and sample
                  format.
  --wake NAME|FILE.onnx  Hands-free: act only on what follows a wake word (an
                  openWakeWord model: an installed name, or a file with
                  melspectrogram.onnx and embedding_model.onnx beside it).
  --no-early      Wait for the end of speech to be confirmed before acting. Default:
                  a finished command that needs no confirmation runs when the end is
                  first noticed (speech that goes on continues the same turn).
  --json          Print one JSON object per line for each event: speech_start {t},
                  speech_end {t, detected_t, confirmed_t}, transcript {text}, plan,
                  action {device, command, outcome}, reply {text}; all but speech_start
                  carry elapsed_ms since the end of speech was noticed. Times t are
                  seconds of audio from the start of the file.
  --model FILE    The whisper model (.bin). Default: the best installed speech model;
                  without one, speech is still detected but not transcribed.
  --realtime      Read the file at the pace of real speech instead of at once.
${LLM_OPTIONS}
${HELP_OPTION}

Exits 2 when the audio or home file cannot be read, 1 when an utterance could not be
handled or an action failed.
`,
  help: `Usage: hearth help [COMMAND]

Shows the list of commands, or the help of one command (the same as COMMAND --help).
`,
  start: `Usage: npm start -- [--home FILE] [--area AREA] [--console]

Starts Hearth's desktop app where an Electron binary is installed (ELECTRON_PATH, or the
electron package's own). Elsewhere it says so in one line and starts the text console:
type a command ("turn on the kitchen light") and Hearth carries it out and shows what
changed; actions that need confirmation ask "Confirm? (y/N)" first. The same window
runs in a browser with: npm run hearth -- hub

Console words: devices (list the devices and their state), help, quit.

Options:
${HOME_OPTION}
${AREA_OPTION}
  --console       Start the text console even where Electron is installed.
${HELP_OPTION}
`,
} as const;

export type HelpTopic = keyof typeof HELP_TEXTS;
