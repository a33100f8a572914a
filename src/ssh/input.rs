//! Bytes from an SSH channel to key events. crossterm reads only the process's own terminal,
//! so a session's input is decoded here: UTF-8 text, control keys, the usual CSI and SS3
//! sequences of xterm-like terminals, and bracketed paste. Hand-written: the sequences are few
//! and fixed, and a parser crate would bring its own event types to convert.

use crate::app::Event;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

const ESC: u8 = 0x1b;
const PASTE_START: &[u8] = b"\x1b[200~";
const PASTE_END: &[u8] = b"\x1b[201~";
/// Longest paste kept; the rest is dropped (a screen's forms cut far shorter anyway).
const MAX_PASTE: usize = 1 << 20;

#[derive(Default)]
pub struct InputParser {
    /// An incomplete sequence or UTF-8 character carried to the next read.
    pending: Vec<u8>,
    /// Inside a bracketed paste.
    paste: Option<Vec<u8>>,
}

fn key(code: KeyCode, modifiers: KeyModifiers) -> Event {
    Event::Key(KeyEvent::new(code, modifiers))
}

impl InputParser {
    /// Decodes one read. A lone `Esc` counts only when nothing follows it in the same read.
    pub fn feed(&mut self, data: &[u8]) -> Vec<Event> {
        let mut bytes = std::mem::take(&mut self.pending);
        bytes.extend_from_slice(data);
        let mut events = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            if let Some(paste) = &mut self.paste {
                match find(&bytes[i..], PASTE_END) {
                    Some(end) => {
                        paste.extend_from_slice(&bytes[i..i + end]);
                        paste.truncate(MAX_PASTE);
                        let text = String::from_utf8_lossy(paste).into_owned();
                        self.paste = None;
                        events.push(Event::Paste(text));
                        i += end + PASTE_END.len();
                    }
                    None => {
                        paste.extend_from_slice(&bytes[i..]);
                        paste.truncate(MAX_PASTE + PASTE_END.len());
                        i = bytes.len();
                    }
                }
                continue;
            }
            let rest = &bytes[i..];
            if rest.starts_with(PASTE_START) {
                self.paste = Some(Vec::new());
                i += PASTE_START.len();
                continue;
            }
            match decode(rest) {
                Decoded::Event(event, used) => {
                    events.extend(event);
                    i += used;
                }
                Decoded::Incomplete if rest[0] == ESC && rest.len() == 1 => {
                    // A lone Esc at the end of a read is the Esc key.
                    events.push(key(KeyCode::Esc, KeyModifiers::NONE));
                    i += 1;
                }
                Decoded::Incomplete => {
                    self.pending = rest.to_vec();
                    break;
                }
            }
        }
        events
    }
}

enum Decoded {
    /// An event (or nothing, for an unknown sequence) and the bytes it used.
    Event(Option<Event>, usize),
    Incomplete,
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn decode(bytes: &[u8]) -> Decoded {
    let b = bytes[0];
    let none = KeyModifiers::NONE;
    match b {
        ESC => decode_escape(bytes),
        b'\r' | b'\n' => Decoded::Event(Some(key(KeyCode::Enter, none)), 1),
        b'\t' => Decoded::Event(Some(key(KeyCode::Tab, none)), 1),
        0x7f | 0x08 => Decoded::Event(Some(key(KeyCode::Backspace, none)), 1),
        0x00 => Decoded::Event(Some(key(KeyCode::Char(' '), KeyModifiers::CONTROL)), 1),
        0x01..=0x1a => Decoded::Event(Some(key(KeyCode::Char((b'a' + b - 1) as char), KeyModifiers::CONTROL)), 1),
        0x1c..=0x1f => Decoded::Event(None, 1),
        _ => decode_utf8(bytes),
    }
}

fn decode_utf8(bytes: &[u8]) -> Decoded {
    let width = match bytes[0] {
        0x00..=0x7f => 1,
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf7 => 4,
        _ => return Decoded::Event(None, 1), // not a first byte: skip it
    };
    if bytes.len() < width {
        return Decoded::Incomplete;
    }
    match std::str::from_utf8(&bytes[..width]).ok().and_then(|s| s.chars().next()) {
        Some(c) => {
            let mods = if c.is_uppercase() { KeyModifiers::SHIFT } else { KeyModifiers::NONE };
            Decoded::Event(Some(key(KeyCode::Char(c), mods)), width)
        }
        None => Decoded::Event(None, 1),
    }
}

fn decode_escape(bytes: &[u8]) -> Decoded {
    let Some(&next) = bytes.get(1) else { return Decoded::Incomplete };
    match next {
        b'[' => decode_csi(bytes),
        b'O' => {
            let Some(&last) = bytes.get(2) else { return Decoded::Incomplete };
            let code = match last {
                b'A' => Some(KeyCode::Up),
                b'B' => Some(KeyCode::Down),
                b'C' => Some(KeyCode::Right),
                b'D' => Some(KeyCode::Left),
                b'H' => Some(KeyCode::Home),
                b'F' => Some(KeyCode::End),
                b'P' => Some(KeyCode::F(1)),
                b'Q' => Some(KeyCode::F(2)),
                b'R' => Some(KeyCode::F(3)),
                b'S' => Some(KeyCode::F(4)),
                _ => None,
            };
            Decoded::Event(code.map(|c| key(c, KeyModifiers::NONE)), 3)
        }
        ESC => Decoded::Event(Some(key(KeyCode::Esc, KeyModifiers::NONE)), 1),
        _ => match decode(&bytes[1..]) {
            // Alt plus a key.
            Decoded::Event(Some(Event::Key(k)), used) => {
                Decoded::Event(Some(key(k.code, k.modifiers | KeyModifiers::ALT)), used + 1)
            }
            Decoded::Event(other, used) => Decoded::Event(other, used + 1),
            Decoded::Incomplete => Decoded::Incomplete,
        },
    }
}

fn decode_csi(bytes: &[u8]) -> Decoded {
    // ESC [ parameters (digits and ;) then a final byte in @..~
    let mut end = 2;
    while end < bytes.len() && (bytes[end].is_ascii_digit() || bytes[end] == b';') {
        end += 1;
        if end > 16 {
            return Decoded::Event(None, end); // absurdly long: drop it
        }
    }
    let Some(&last) = bytes.get(end) else { return Decoded::Incomplete };
    let params = std::str::from_utf8(&bytes[2..end]).unwrap_or("");
    let mut parts = params.split(';');
    let first: u32 = parts.next().and_then(|p| p.parse().ok()).unwrap_or(1);
    let modifier: u32 = parts.next().and_then(|p| p.parse().ok()).unwrap_or(1);
    let mut mods = KeyModifiers::NONE;
    let bits = modifier.saturating_sub(1);
    if bits & 1 != 0 {
        mods |= KeyModifiers::SHIFT;
    }
    if bits & 2 != 0 {
        mods |= KeyModifiers::ALT;
    }
    if bits & 4 != 0 {
        mods |= KeyModifiers::CONTROL;
    }
    let code = match last {
        b'A' => Some(KeyCode::Up),
        b'B' => Some(KeyCode::Down),
        b'C' => Some(KeyCode::Right),
        b'D' => Some(KeyCode::Left),
        b'H' => Some(KeyCode::Home),
        b'F' => Some(KeyCode::End),
        b'Z' => {
            mods |= KeyModifiers::SHIFT;
            Some(KeyCode::BackTab)
        }
        b'~' => match first {
            1 | 7 => Some(KeyCode::Home),
            2 => Some(KeyCode::Insert),
            3 => Some(KeyCode::Delete),
            4 | 8 => Some(KeyCode::End),
            5 => Some(KeyCode::PageUp),
            6 => Some(KeyCode::PageDown),
            11..=15 => Some(KeyCode::F((first - 10) as u8)),
            17..=21 => Some(KeyCode::F((first - 11) as u8)),
            23 | 24 => Some(KeyCode::F((first - 12) as u8)),
            _ => None,
        },
        _ => None,
    };
    Decoded::Event(code.map(|c| key(c, mods)), end + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn keys(events: Vec<Event>) -> Vec<(KeyCode, KeyModifiers)> {
        events
            .into_iter()
            .filter_map(|e| match e {
                Event::Key(k) => Some((k.code, k.modifiers)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn decodes_text_controls_and_sequences() {
        let mut p = InputParser::default();
        let none = KeyModifiers::NONE;
        assert_eq!(
            keys(p.feed("aĐ中".as_bytes())),
            [(KeyCode::Char('a'), none), (KeyCode::Char('Đ'), KeyModifiers::SHIFT), (KeyCode::Char('中'), none)]
        );
        assert_eq!(
            keys(p.feed(b"\r\t\x7f\x03")),
            [
                (KeyCode::Enter, none),
                (KeyCode::Tab, none),
                (KeyCode::Backspace, none),
                (KeyCode::Char('c'), KeyModifiers::CONTROL)
            ]
        );
        assert_eq!(
            keys(p.feed(b"\x1b[A\x1bOB\x1b[5~\x1b[6~\x1b[Z\x1b[3~\x1b[H\x1b[15~")),
            [
                (KeyCode::Up, none),
                (KeyCode::Down, none),
                (KeyCode::PageUp, none),
                (KeyCode::PageDown, none),
                (KeyCode::BackTab, KeyModifiers::SHIFT),
                (KeyCode::Delete, none),
                (KeyCode::Home, none),
                (KeyCode::F(5), none),
            ]
        );
        assert_eq!(keys(p.feed(b"\x1b[1;5C")), [(KeyCode::Right, KeyModifiers::CONTROL)]);
    }

    #[test]
    fn a_lone_escape_counts_only_at_the_end_of_a_read() {
        let mut p = InputParser::default();
        assert_eq!(keys(p.feed(b"\x1b")), [(KeyCode::Esc, KeyModifiers::NONE)]);
        assert_eq!(keys(p.feed(b"\x1bj")), [(KeyCode::Char('j'), KeyModifiers::ALT)]);
        // A sequence split across reads is kept until it is complete.
        assert!(p.feed(b"\x1b[").is_empty());
        assert_eq!(keys(p.feed(b"B")), [(KeyCode::Down, KeyModifiers::NONE)]);
        assert!(p.feed(&"ế".as_bytes()[..2]).is_empty());
        assert_eq!(keys(p.feed(&"ế".as_bytes()[2..])), [(KeyCode::Char('ế'), KeyModifiers::NONE)]);
    }

    #[test]
    fn bracketed_paste_is_one_event_even_across_reads() {
        let mut p = InputParser::default();
        assert!(p.feed(b"\x1b[200~Xin ch").is_empty());
        let events = p.feed("ào\n\x1b[201~q".as_bytes());
        assert!(matches!(&events[0], Event::Paste(t) if t == "Xin chào\n"));
        assert_eq!(keys(events), [(KeyCode::Char('q'), KeyModifiers::NONE)]);
    }

    proptest! {
        #[test]
        fn never_panics_on_any_bytes(reads in prop::collection::vec(prop::collection::vec(any::<u8>(), 0..40), 0..8)) {
            let mut p = InputParser::default();
            for r in reads {
                let _ = p.feed(&r);
            }
        }
    }
}
