/**
 * @file ブラウザーのポリシー (browser policy snippets): ExtensionSettings that force-installs the extension from
 * the ministry's own update server, for Microsoft Edge and Google Chrome, as JSON (Linux/macOS managed
 * policy files, or the value to paste into a GPO / Intune setting) and as a Windows .reg file.
 *
 * Keys (Chrome Enterprise and Microsoft Edge policy references, ExtensionSettings):
 * installation_mode "force_installed" installs without asking and prevents removal; update_url is where the
 * browser reads updates.xml; override_update_url true makes later updates follow that URL too (without it,
 * they would follow the manifest's own update_url). Registry: HKLM\SOFTWARE\Policies\Microsoft\Edge and
 * HKLM\SOFTWARE\Policies\Google\Chrome, value ExtensionSettings (REG_SZ, the JSON on one line).
 */

export type PolicyBrowser = 'edge' | 'chrome';

const REGISTRY_KEY: Record<PolicyBrowser, string> = {
  edge: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge',
  chrome: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome',
};

/** The ExtensionSettings value: one entry, keyed by the extension id. */
export function extensionSettings(extensionId: string, updatesXmlUrl: URL): Record<string, object> {
  return {
    [extensionId]: { installation_mode: 'force_installed', update_url: updatesXmlUrl.href, override_update_url: true },
  };
}

/** A managed-policy JSON file: {"ExtensionSettings": {…}}. */
export function policyJson(extensionId: string, updatesXmlUrl: URL): string {
  return `${JSON.stringify({ ExtensionSettings: extensionSettings(extensionId, updatesXmlUrl) }, null, 2)}\n`;
}

/** A string in a .reg file ("…" with \ and " escaped). */
function regString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * A .reg file setting ExtensionSettings for `browser`: "Windows Registry Editor Version 5.00" files are
 * UTF-16 LE with a byte order mark and CRLF line ends (what regedit writes on export).
 */
export function policyReg(browser: PolicyBrowser, extensionId: string, updatesXmlUrl: URL): Buffer {
  const text = [
    'Windows Registry Editor Version 5.00',
    '',
    `[${REGISTRY_KEY[browser]}]`,
    `"ExtensionSettings"=${regString(JSON.stringify(extensionSettings(extensionId, updatesXmlUrl)))}`,
    '',
    '',
  ].join('\r\n');
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

/** The ExtensionInstallForcelist entry (an alternative policy): "<id>;<update_url>". */
export function forcelistEntry(extensionId: string, updatesXmlUrl: URL): string {
  return `${extensionId};${updatesXmlUrl.href}`;
}
