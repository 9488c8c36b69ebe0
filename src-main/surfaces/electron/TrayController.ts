import { Menu, Tray, nativeImage } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';
import type { HomeView } from '../../core/assistantApi.ts';
import { buildTrayMenu, trayTooltip } from './trayMenuModel.ts';
import type { TrayAction, TrayMenuItem, TrayState } from './trayMenuModel.ts';

// The tray icon: its menu comes from buildTrayMenu (pure), its clicks go to `onAction`.

export interface TrayControllerOptions {
  /** PNG file of the tray icon. */
  icon: string;
  onAction: (action: TrayAction) => void;
  /** A left click on the icon (where the platform reports it). Default: nothing. */
  onClick?: () => void;
}

export class TrayController {
  private readonly tray: Tray;
  private readonly options: TrayControllerOptions;

  constructor(options: TrayControllerOptions) {
    this.options = options;
    const image = nativeImage.createFromPath(options.icon);
    if (process.platform === 'darwin') image.setTemplateImage(true);
    this.tray = new Tray(image);
    this.tray.on('click', () => options.onClick?.());
  }

  update(home: HomeView | undefined, state: TrayState): void {
    const items = buildTrayMenu(home, state);
    this.tray.setContextMenu(Menu.buildFromTemplate(items.map((item) => this.toTemplate(item))));
    this.tray.setToolTip(trayTooltip(state));
  }

  dispose(): void {
    if (!this.tray.isDestroyed()) this.tray.destroy();
  }

  private toTemplate(item: TrayMenuItem): MenuItemConstructorOptions {
    if (item.type === 'separator') return { id: item.id, type: 'separator' };
    const action = item.action;
    return {
      id: item.id,
      type: item.type,
      label: item.label ?? '',
      enabled: item.enabled ?? true,
      ...(item.checked !== undefined ? { checked: item.checked } : {}),
      ...(action ? { click: () => this.options.onAction(action) } : {}),
    };
  }
}
