import type { DeviceView, HomeView } from '../../src-main/core/assistantApi.ts';
import { deviceControls } from './deviceControls.ts';
import type { DeviceControls } from './deviceControls.ts';
import { h, uid } from './dom.ts';
import { deviceIcon, icon } from './icons.ts';
import { formatDeviceState, isActive } from './formatDeviceState.ts';

// The Devices region: favourites (scenes and devices) first, then each room. Every device is
// a `group` named exactly its name (ui.md), showing its state as plain text and its controls.
// A favourite device appears once, among the favourites, so its name stays unique.

export interface DevicesViewOptions {
  control: (device: string, command: string, value?: number | string) => void;
}

interface Card {
  element: HTMLElement;
  stateText: HTMLElement;
  iconSlot: HTMLElement;
  controls: DeviceControls;
  device: DeviceView;
}

export class DevicesView {
  readonly element: HTMLElement;
  private readonly body: HTMLElement;
  private readonly options: DevicesViewOptions;
  private readonly cards = new Map<string, Card>();
  private unit: 'celsius' | 'fahrenheit' = 'celsius';

  constructor(options: DevicesViewOptions) {
    this.options = options;
    const heading = h('h2', { id: 'devices-heading', class: 'panel-title' }, 'Devices');
    this.body = h('div', { class: 'devices-body' });
    this.element = h(
      'section',
      { class: 'panel devices', 'aria-labelledby': 'devices-heading' },
      heading,
      this.body,
    );
  }

  render(home: HomeView): void {
    this.unit = home.unit ?? 'celsius';
    this.cards.clear();
    const sections: HTMLElement[] = [];
    const favoriteScenes = home.scenes.filter((s) => s.favorite);
    const favoriteDevices = home.devices.filter((d) => d.favorite);
    if (favoriteScenes.length + favoriteDevices.length > 0) {
      const scenes = favoriteScenes.length
        ? h(
            'div',
            { class: 'scenes' },
            ...favoriteScenes.map((scene) => {
              const button = h(
                'button',
                { type: 'button', class: 'scene-button' },
                icon('star'),
                scene.name,
              );
              button.addEventListener('click', () => this.options.control(scene.id, 'activate'));
              return button;
            }),
          )
        : null;
      sections.push(this.section('Favourites', 'favourites', scenes, favoriteDevices));
    }
    for (const area of home.areas) {
      const devices = home.devices.filter((d) => d.area === area.id && !d.favorite);
      if (devices.length) sections.push(this.section(area.name, 'area', null, devices));
    }
    const loose = home.devices.filter((d) => !d.area && !d.favorite);
    if (loose.length) sections.push(this.section('Elsewhere', 'area', null, loose));
    if (home.devices.length === 0) {
      sections.push(
        h('p', { class: 'empty' }, 'This home has no devices yet: add some to its home file.'),
      );
    }
    this.body.replaceChildren(...sections);
  }

  /** Shows a device's new state (from a `device` event). */
  update(device: DeviceView): void {
    const card = this.cards.get(device.id);
    if (!card) return;
    card.device = device;
    this.paint(card);
  }

  private section(
    title: string,
    kind: string,
    extra: HTMLElement | null,
    devices: DeviceView[],
  ): HTMLElement {
    const list = h('div', { class: 'device-grid' }, ...devices.map((d) => this.card(d)));
    return h(
      'div',
      { class: `device-section ${kind}` },
      h('h3', { class: 'section-title' }, title),
      extra,
      list,
    );
  }

  private card(device: DeviceView): HTMLElement {
    const nameId = uid('device');
    const controls = deviceControls(device, (command, value) =>
      this.options.control(device.id, command, value),
    );
    const stateText = h('p', { class: 'device-state' });
    const iconSlot = h('span', { class: 'icon-slot' });
    const where =
      device.favorite && device.areaName
        ? h('span', { class: 'device-area' }, device.areaName)
        : null;
    const head = h(
      'div',
      { class: 'device-head' },
      iconSlot,
      h(
        'div',
        { class: 'device-title' },
        h('h4', { id: nameId, class: 'device-name' }, device.name),
        where,
      ),
    );
    const element = h(
      'div',
      {
        role: 'group',
        'aria-labelledby': nameId,
        class: 'device',
        'data-device': device.id,
        'data-type': device.type,
      },
      head,
      stateText,
      controls.element.childElementCount || controls.power
        ? h('div', { class: 'device-controls' }, controls.power ?? null, controls.element)
        : null,
    );
    const card: Card = { element, stateText, iconSlot, controls, device };
    this.cards.set(device.id, card);
    this.paint(card);
    return element;
  }

  private paint(card: Card): void {
    const { device } = card;
    const [main, ...details] = formatDeviceState(device, this.unit);
    card.stateText.replaceChildren(
      h('span', { class: 'state' }, main ?? ''),
      ...details.map((detail) => h('span', { class: 'detail' }, detail)),
    );
    const active = isActive(device);
    card.element.classList.toggle('active', active);
    card.element.classList.toggle('unavailable', !device.state.available && !device.pending);
    card.iconSlot.replaceChildren(deviceIcon(device.type, device.class, active));
    card.controls.update(device);
  }
}
