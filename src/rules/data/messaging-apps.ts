/*
 * Links that open a chat in a messaging app instead of a web page: WhatsApp's click-to-chat
 * (wa.me, documented in WhatsApp's help center) and its wa.link short links, Telegram (t.me),
 * Messenger (m.me), Signal, LINE, Viber, KakaoTalk, Discord invites. Scam texts move their targets
 * to such chats, and a firm's client should reach the firm on the firm's own number, so these are
 * reported (as a warning) rather than trusted. The hosts are the services' own, as each documents.
 */
export const MESSAGING_APP_HOSTS: readonly { host: string; app: string }[] = [
  { host: 'wa.me', app: 'WhatsApp' },
  { host: 'wa.link', app: 'WhatsApp' },
  { host: 'api.whatsapp.com', app: 'WhatsApp' },
  { host: 'chat.whatsapp.com', app: 'WhatsApp' },
  { host: 't.me', app: 'Telegram' },
  { host: 'telegram.me', app: 'Telegram' },
  { host: 'telegram.dog', app: 'Telegram' },
  { host: 'm.me', app: 'Messenger' },
  { host: 'signal.me', app: 'Signal' },
  { host: 'signal.group', app: 'Signal' },
  { host: 'line.me', app: 'LINE' },
  { host: 'lin.ee', app: 'LINE' },
  { host: 'invite.viber.com', app: 'Viber' },
  { host: 'viber.click', app: 'Viber' },
  { host: 'open.kakao.com', app: 'KakaoTalk' },
  { host: 'discord.gg', app: 'Discord' },
];
