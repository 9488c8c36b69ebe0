import type {
  AssistantEvent,
  AssistantStatus,
  DeviceView,
  HomeView,
} from '../../core/assistantApi.ts';

// What main remembers from the assistant's events: the status and microphone state (for
// the tray, and for a window that loads or reloads after they were said), the home with
// live device states (the tray's favourites), and notices said while no page was there
// to show them (a saved home file that failed at start-up). Pure: no Electron.

/** Notices kept for a window that has not loaded yet; older ones are dropped. */
const MAX_HELD_NOTICES = 10;

export class DesktopState {
  status: AssistantStatus = 'idle';
  statusMessage: string | undefined;
  listening = false;
  home: HomeView | undefined;
  private held: AssistantEvent[] = [];
  private windowLoaded = false;

  /** Takes in one event; true when the tray menu should be rebuilt. */
  apply(event: AssistantEvent): boolean {
    switch (event.type) {
      case 'status': {
        // The message changes too when a wake word is heard (waiting -> listening).
        const changed = event.status !== this.status || event.message !== this.statusMessage;
        this.status = event.status;
        this.statusMessage = event.message;
        return changed;
      }
      case 'listening': {
        const changed = event.on !== this.listening;
        this.listening = event.on;
        return changed;
      }
      case 'device':
        if (!this.home) return false;
        this.home = withDevice(this.home, event.device);
        return event.device.favorite || event.device.type === 'light';
      case 'notice':
        if (!this.windowLoaded) this.held = [...this.held, event].slice(-MAX_HELD_NOTICES);
        return false;
      default:
        return false;
    }
  }

  setHome(home: HomeView): void {
    this.home = home;
  }

  /** The page (re)loaded: what it needs to catch up, in order. */
  replayForWindow(): AssistantEvent[] {
    this.windowLoaded = true;
    const events: AssistantEvent[] = [
      {
        type: 'status',
        status: this.status,
        ...(this.statusMessage !== undefined ? { message: this.statusMessage } : {}),
      },
      { type: 'listening', on: this.listening },
      ...this.held,
    ];
    this.held = [];
    return events;
  }
}

/** The home with one device's view replaced (unknown devices are ignored). */
export function withDevice(home: HomeView, device: DeviceView): HomeView {
  if (!home.devices.some((d) => d.id === device.id)) return home;
  return { ...home, devices: home.devices.map((d) => (d.id === device.id ? device : d)) };
}
