import type { Session } from 'electron';
import { APP_SCHEME } from './appProtocol.ts';
import { decidePermissionCheck, decidePermissionRequest } from './permissionPolicy.ts';
import { serveAppFile } from './serveAppFile.ts';

// The thin code that applies the pure decisions to the window's session: app:// served
// from the renderer bundle (serveAppFile), and every permission asked of permissionPolicy.

/** Serves app:// from the renderer bundle and answers permissions, on the app's session. */
export function secureSession(session: Session, rendererRoot: string): void {
  session.protocol.handle(APP_SCHEME, (request) => serveAppFile(request, rendererRoot));
  session.setPermissionRequestHandler((_webContents, permission, callback, details) => {
    callback(
      decidePermissionRequest({
        permission,
        requestingUrl: details.requestingUrl,
        isMainFrame: details.isMainFrame,
        ...('securityOrigin' in details ? { securityOrigin: details.securityOrigin } : {}),
        ...('mediaTypes' in details && details.mediaTypes
          ? { mediaTypes: details.mediaTypes }
          : {}),
      }),
    );
  });
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin, details) =>
    decidePermissionCheck({
      permission,
      requestingOrigin,
      isMainFrame: details.isMainFrame,
      ...(details.securityOrigin !== undefined ? { securityOrigin: details.securityOrigin } : {}),
      ...(details.requestingUrl !== undefined ? { requestingUrl: details.requestingUrl } : {}),
      ...(details.embeddingOrigin !== undefined
        ? { embeddingOrigin: details.embeddingOrigin }
        : {}),
      ...(details.mediaType !== undefined ? { mediaType: details.mediaType } : {}),
    }),
  );
  // No device pickers (USB, HID, serial, Bluetooth) and no downloads: Hearth uses none.
  session.setDevicePermissionHandler(() => false);
  session.on('will-download', (event) => event.preventDefault());
}
