import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import {
  CONTENT_SECURITY_POLICY,
  buildContentSecurityPolicy,
} from '../../../src-main/surfaces/electron/contentSecurityPolicy.ts';
import {
  denyWindowOpen,
  isNavigationAllowed,
  isWebviewAllowed,
} from '../../../src-main/surfaces/electron/navigationGuard.ts';
import {
  decidePermissionCheck,
  decidePermissionRequest,
} from '../../../src-main/surfaces/electron/permissionPolicy.ts';
import {
  APP_PARTITION,
  secureWebPreferences,
  windowOptions,
} from '../../../src-main/surfaces/electron/windowOptions.ts';

// The window's security settings (Electron's security checklist) as data: checked here
// without Electron, every one of them.

describe('window options', () => {
  const input = { preload: '/app/out/desktop/preload.cjs', icon: '/app/icon.png' };

  it('isolate, sandbox and keep Node out of every page', () => {
    const prefs = windowOptions(input).webPreferences ?? {};
    assert.equal(prefs.contextIsolation, true);
    assert.equal(prefs.sandbox, true);
    assert.equal(prefs.nodeIntegration, false);
    assert.equal(prefs.nodeIntegrationInWorker, false);
    assert.equal(prefs.nodeIntegrationInSubFrames, false);
    assert.equal(prefs.webSecurity, true);
    assert.equal(prefs.allowRunningInsecureContent, false);
    assert.equal(prefs.experimentalFeatures, false);
    assert.equal(prefs.webviewTag, false);
    assert.equal(prefs.navigateOnDragDrop, false);
    assert.equal(prefs.plugins, false);
    assert.equal(prefs.disableBlinkFeatures, 'Auxclick');
    assert.equal(prefs.devTools, false, 'developer tools are off unless asked for');
    assert.equal(prefs.preload, input.preload);
    assert.equal(prefs.partition, APP_PARTITION);
    assert.match(APP_PARTITION, /^persist:/);
    for (const risky of ['enableBlinkFeatures', 'additionalArguments', 'session']) {
      assert.equal(risky in prefs, false, `${risky} is not set`);
    }
  });

  it('start hidden (shown when ready, or left in the tray) and keep the icon', () => {
    const options = windowOptions(input);
    assert.equal(options.show, false);
    assert.equal(options.icon, input.icon);
    assert.equal(windowOptions({ ...input, show: true }).show, true);
    assert.equal(secureWebPreferences({ ...input, devTools: true }).devTools, true);
  });
});

describe('content security policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources] as const;
    }),
  );

  it('denies by default and allows only the bundle itself', () => {
    assert.deepEqual(directives.get('default-src'), ["'none'"]);
    assert.deepEqual(directives.get('script-src'), ["'self'"]);
    assert.deepEqual(directives.get('style-src'), ["'self'"]);
    assert.deepEqual(directives.get('connect-src'), ["'self'"]);
    for (const name of ['object-src', 'frame-src', 'base-uri', 'form-action', 'frame-ancestors']) {
      assert.deepEqual(directives.get(name), ["'none'"], name);
    }
    assert.doesNotMatch(CONTENT_SECURITY_POLICY, /unsafe-|\*|https?:|blob:|wasm/);
  });

  it('has no high or medium finding in the CSP evaluator electronegativity uses', () => {
    const require = createRequire(import.meta.url);
    const csp = require('@doyensec/csp-evaluator') as {
      CspParser: new (policy: string) => { csp: unknown };
      CspEvaluator: new (
        csp: unknown,
        version: unknown,
      ) => {
        evaluate(): { severity: number; directive: string; description: string }[];
      };
      Version: { CSP3: unknown };
      severities: Record<string, number>;
    };
    const findings = new csp.CspEvaluator(
      new csp.CspParser(CONTENT_SECURITY_POLICY).csp,
      csp.Version.CSP3,
    ).evaluate();
    const serious = findings.filter((f) =>
      [csp.severities.HIGH, csp.severities.MEDIUM, csp.severities.SYNTAX].includes(f.severity),
    );
    assert.deepEqual(serious, []);
  });

  it('adds extra connect sources only where asked', () => {
    assert.match(
      buildContentSecurityPolicy({ connect: ['ws://127.0.0.1:1'] }),
      /connect-src 'self' ws:\/\/127\.0\.0\.1:1;/,
    );
  });
});

describe('permissions', () => {
  const mic = {
    permission: 'media',
    requestingUrl: 'app://hearth/index.html',
    securityOrigin: 'app://hearth',
    isMainFrame: true,
    mediaTypes: ['audio'],
  };

  it('grant the microphone to the app page only', () => {
    assert.equal(decidePermissionRequest(mic), true);
  });

  it('deny the camera, the screen, other origins, sub frames and everything else', () => {
    const denied = [
      { ...mic, mediaTypes: ['video'] },
      { ...mic, mediaTypes: ['audio', 'video'] },
      { ...mic, mediaTypes: [] },
      { ...mic, mediaTypes: undefined },
      { ...mic, requestingUrl: 'https://evil.example/' },
      { ...mic, requestingUrl: 'file:///tmp/x.html' },
      { ...mic, securityOrigin: 'https://evil.example' },
      { ...mic, securityOrigin: undefined },
      { ...mic, isMainFrame: false },
      { ...mic, isMainFrame: undefined },
      { ...mic, permission: 'display-capture' },
      ...[
        'geolocation',
        'notifications',
        'clipboard-read',
        'openExternal',
        'fullscreen',
        'hid',
        'usb',
        'serial',
        'midi',
        'midiSysex',
        'pointerLock',
        'fileSystem',
        'unknown',
      ].map((permission) => ({ ...mic, permission })),
    ];
    for (const facts of denied) {
      assert.equal(decidePermissionRequest(facts), false, JSON.stringify(facts));
    }
  });

  it('answer permission checks by the same rule', () => {
    const check = {
      permission: 'media',
      requestingOrigin: 'app://hearth',
      securityOrigin: 'app://hearth',
      requestingUrl: 'app://hearth/index.html',
      isMainFrame: true,
      mediaType: 'audio',
    };
    assert.equal(decidePermissionCheck(check), true);
    for (const facts of [
      { ...check, mediaType: 'video' },
      { ...check, mediaType: 'unknown' },
      { ...check, requestingOrigin: 'https://evil.example' },
      { ...check, securityOrigin: 'null' },
      { ...check, requestingUrl: 'https://evil.example/' },
      { ...check, isMainFrame: false },
      { ...check, embeddingOrigin: 'app://hearth' },
      { ...check, permission: 'notifications' },
      { ...check, permission: 'geolocation' },
    ]) {
      assert.equal(decidePermissionCheck(facts), false, JSON.stringify(facts));
    }
  });
});

describe('navigation guard', () => {
  it('keeps the window on app:// pages', () => {
    assert.equal(isNavigationAllowed('app://hearth/index.html'), true);
    assert.equal(isNavigationAllowed('app://hearth/index.html#settings'), true);
    for (const url of [
      'https://example.com/',
      'http://127.0.0.1:8765/',
      'file:///etc/passwd',
      'app://other/index.html',
      'javascript:alert(1)',
      'data:text/html,<script>1</script>',
      'about:blank',
      'chrome://settings',
      '',
      undefined,
    ]) {
      assert.equal(isNavigationAllowed(url), false, String(url));
    }
  });

  it('opens no windows and no webviews', () => {
    assert.deepEqual(denyWindowOpen(), { action: 'deny' });
    assert.equal(isWebviewAllowed(), false);
  });
});
