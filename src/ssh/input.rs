//! Bytes from an SSH channel to the app's events, decoded by crossterm's own input parser (as
//! packaged by the `terminput` crate for raw bytes), so every key, focus report, mouse report
//! and terminal reply means over SSH exactly what it means in the local terminal.
//!
//! Around that parser this adds only what a byte stream needs: a sequence split across reads
//! is kept until it is complete, a lone `Esc` at the end of a read waits briefly for the rest
//! of a sequence ([`InputParser::timeout`]) — measured from when the bytes *arrived*, so a
//! session that gets to its input late still tells two Escs pressed apart from Alt+Esc
//! ([`InputParser::feed_at`]) —, a bracketed paste is collected in linear time with
//! its size capped, and anything the parser does not know is dropped, never typed.

use crate::app::Event;
use crossterm::event::{Event as TermEvent, KeyEventKind};
use std::time::{Duration, Instant};

const ESC: u8 = 0x1b;
const PASTE_START: &[u8] = b"\x1b[200~";
const PASTE_END: &[u8] = b"\x1b[201~";
/// Longest paste kept; the rest is dropped (a screen's forms cut far shorter anyway).
pub const MAX_PASTE: usize = 256 * 1024;
/// No key or report is longer; a longer unfinished sequence is dropped.
const MAX_SEQUENCE: usize = 64;
/// How long an unfinished sequence (a lone Esc above all) waits for the rest of it: a terminal
/// writes a key's sequence in one go, so its bytes arrive together; a person's next key comes
/// far later than this.
pub const ESC_WAIT: Duration = Duration::from_millis(30);

#[derive(Default)]
pub struct InputParser {
    /// An incomplete sequence or UTF-8 character carried to the next read.
    pending: Vec<u8>,
    /// Inside a bracketed paste: the text so far (capped) and the last bytes seen, to find an
    /// end marker split across reads.
    paste: Option<Paste>,
    /// When the read that left `pending` unfinished arrived (reads fed with [`Self::feed_at`]).
    waiting_since: Option<Instant>,
}

#[derive(Default)]
struct Paste {
    text: Vec<u8>,
    tail: Vec<u8>,
}

impl InputParser {
    /// Decodes one read that arrived at `at`. An unfinished sequence left by a read that
    /// arrived [`ESC_WAIT`] or more before this one is finished first (a lone Esc is the key):
    /// the two reads were apart when they arrived, however late they are handled.
    pub fn feed_at(&mut self, data: &[u8], at: Instant) -> Vec<Event> {
        let mut events = match self.waiting_since {
            Some(since) if at.saturating_duration_since(since) >= ESC_WAIT => self.timeout(),
            _ => Vec::new(),
        };
        events.extend(self.feed(data));
        self.waiting_since = self.waiting().then_some(at);
        events
    }

    /// When the unfinished sequence stops waiting (see [`Self::timeout`]), if one waits.
    pub fn deadline(&self) -> Option<Instant> {
        self.waiting_since.filter(|_| self.waiting()).map(|since| since + ESC_WAIT)
    }

    /// Decodes one read.
    pub fn feed(&mut self, data: &[u8]) -> Vec<Event> {
        let mut events = Vec::new();
        let mut i = 0;
        while i < data.len() {
            if self.paste.is_some() {
                i += self.feed_paste(&data[i..], &mut events);
                continue;
            }
            self.pending.push(data[i]);
            i += 1;
            if self.pending == PASTE_START {
                self.pending.clear();
                self.paste = Some(Paste::default());
                continue;
            }
            if PASTE_START.starts_with(&self.pending) && self.pending.len() > 2 {
                continue; // may become a paste start: wait
            }
            // crossterm reads a lone Esc as the key only when no more input is waiting.
            if self.pending == [ESC] && i < data.len() {
                continue;
            }
            if self.pending == [ESC] {
                break; // at the end of a read: wait for `timeout`
            }
            self.parse_pending(&mut events);
        }
        events
    }

    /// No more bytes came soon after a read that ended in an unfinished sequence: a lone
    /// `Esc` is the Esc key; anything else unfinished is dropped.
    pub fn timeout(&mut self) -> Vec<Event> {
        self.waiting_since = None;
        let pending = std::mem::take(&mut self.pending);
        if pending == [ESC] { convert(terminput::Event::Key(terminput::KeyCode::Esc.into())) } else { None }
            .into_iter()
            .collect()
    }

    /// Something waits for [`InputParser::timeout`].
    pub fn waiting(&self) -> bool {
        !self.pending.is_empty() && self.paste.is_none()
    }

    fn parse_pending(&mut self, events: &mut Vec<Event>) {
        match terminput::Event::parse_from(&self.pending) {
            Ok(Some(event)) => {
                self.pending.clear();
                events.extend(convert(event));
            }
            Ok(None) if self.pending.len() < MAX_SEQUENCE => {} // incomplete
            // Unknown, or a report meant for nobody (device attributes…): ignored.
            Ok(None) | Err(_) => self.pending.clear(),
        }
    }

    /// Consumes paste bytes from `data`; returns how many it used.
    fn feed_paste(&mut self, data: &[u8], events: &mut Vec<Event>) -> usize {
        let Some(paste) = &mut self.paste else { return 0 };
        // The end marker may have begun in the previous read: look in the tail plus this read.
        let mut window = std::mem::take(&mut paste.tail);
        let carried = window.len();
        let look = data.len().min(PASTE_END.len());
        window.extend_from_slice(&data[..look]);
        if let Some(at) = memchr::memmem::find(&window, PASTE_END) {
            // The marker straddles the two reads (or starts early in this one).
            let before_in_data = at.saturating_sub(carried);
            let text_part = &window[..at.min(carried)];
            push_capped(&mut paste.text, text_part);
            push_capped(&mut paste.text, &data[..before_in_data]);
            let used = at + PASTE_END.len() - carried;
            self.finish_paste(events);
            return used;
        }
        push_capped(&mut paste.text, &window[..carried]);
        match memchr::memmem::find(data, PASTE_END) {
            Some(at) => {
                push_capped(&mut paste.text, &data[..at]);
                self.finish_paste(events);
                at + PASTE_END.len()
            }
            None => {
                let keep = data.len().min(PASTE_END.len() - 1);
                push_capped(&mut paste.text, &data[..data.len() - keep]);
                paste.tail = data[data.len() - keep..].to_vec();
                data.len()
            }
        }
    }

    fn finish_paste(&mut self, events: &mut Vec<Event>) {
        if let Some(paste) = self.paste.take() {
            events.push(Event::Paste(String::from_utf8_lossy(&paste.text).into_owned()));
        }
    }
}

fn push_capped(text: &mut Vec<u8>, bytes: &[u8]) {
    let room = MAX_PASTE.saturating_sub(text.len());
    text.extend_from_slice(&bytes[..bytes.len().min(room)]);
}

/// The app's event for a parsed terminal event: keys, pastes and mouse reports (SGR and X10,
/// as crossterm reads them locally); focus reports mean nothing to the app.
fn convert(event: terminput::Event) -> Option<Event> {
    match terminput_crossterm::to_crossterm(event).ok()? {
        TermEvent::Key(key) if key.kind != KeyEventKind::Release => Some(Event::Key(key)),
        TermEvent::Paste(text) => Some(Event::Paste(text)),
        TermEvent::Mouse(mouse) => Some(Event::Mouse(mouse)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::{KeyCode, KeyModifiers};
    use proptest::prelude::*;

    fn keys(events: &[Event]) -> Vec<(KeyCode, KeyModifiers)> {
        events
            .iter()
            .filter_map(|e| match e {
                Event::Key(k) => Some((k.code, k.modifiers)),
                _ => None,
            })
            .collect()
    }

    fn all(p: &mut InputParser, bytes: &[u8]) -> Vec<Event> {
        let mut events = p.feed(bytes);
        events.extend(p.timeout());
        events
    }

    #[test]
    fn decodes_text_controls_and_sequences() {
        let mut p = InputParser::default();
        let none = KeyModifiers::NONE;
        assert_eq!(
            keys(&p.feed("aĐ中".as_bytes())),
            [(KeyCode::Char('a'), none), (KeyCode::Char('Đ'), KeyModifiers::SHIFT), (KeyCode::Char('中'), none)]
        );
        assert_eq!(
            keys(&p.feed(b"\r\t\x7f\x03")),
            [
                (KeyCode::Enter, none),
                (KeyCode::Tab, none),
                (KeyCode::Backspace, none),
                (KeyCode::Char('c'), KeyModifiers::CONTROL)
            ]
        );
        assert_eq!(
            keys(&p.feed(b"\x1b[A\x1bOB\x1b[5~\x1b[6~\x1b[Z\x1b[3~\x1b[H\x1b[15~")),
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
        assert_eq!(keys(&p.feed(b"\x1b[1;5C")), [(KeyCode::Right, KeyModifiers::CONTROL)]);
    }

    #[test]
    fn linux_console_keys_and_terminal_replies_are_never_typed() {
        let mut p = InputParser::default();
        // Linux console F1..F5.
        assert_eq!(
            keys(&all(&mut p, b"\x1b[[A\x1b[[E")),
            [(KeyCode::F(1), KeyModifiers::NONE), (KeyCode::F(5), KeyModifiers::NONE)]
        );
        // A device-attributes reply, focus: no key at all.
        assert!(all(&mut p, b"\x1b[?62;22c\x1b[I\x1b[O").is_empty());
        // An unknown sequence is dropped, the key after it is kept.
        assert_eq!(keys(&all(&mut p, b"\x1b[99;99;99xj")), [(KeyCode::Char('j'), KeyModifiers::NONE)]);
    }

    fn mice(events: &[Event]) -> Vec<crossterm::event::MouseEvent> {
        events.iter().filter_map(|e| if let Event::Mouse(m) = e { Some(*m) } else { None }).collect()
    }

    #[test]
    fn sgr_and_x10_mouse_reports_are_mouse_events_at_zero_based_cells() {
        use crossterm::event::{MouseButton, MouseEventKind};
        let mut p = InputParser::default();
        // SGR (1006): button;column;row, 1-based, `M` press, `m` release; 64/65 the wheel.
        let events = all(&mut p, b"\x1b[<0;10;5M\x1b[<0;10;5m\x1b[<64;3;7M\x1b[<65;3;7Mj");
        let kinds: Vec<_> = mice(&events).iter().map(|m| (m.kind, m.column, m.row)).collect();
        assert_eq!(
            kinds,
            [
                (MouseEventKind::Down(MouseButton::Left), 9, 4),
                (MouseEventKind::Up(MouseButton::Left), 9, 4),
                (MouseEventKind::ScrollUp, 2, 6),
                (MouseEventKind::ScrollDown, 2, 6),
            ]
        );
        assert_eq!(keys(&events), [(KeyCode::Char('j'), KeyModifiers::NONE)], "the key after them is kept");
        // Shift held (4): the app sees it, as crossterm reports it locally.
        let shifted = mice(&all(&mut p, b"\x1b[<4;1;1M"));
        assert_eq!(shifted[0].modifiers, KeyModifiers::SHIFT);
        // X10 (`CSI M` and three bytes of 32 + value): a press at column 1, row 1.
        let x10 = mice(&all(&mut p, b"\x1b[M !!"));
        assert_eq!((x10[0].kind, x10[0].column, x10[0].row), (MouseEventKind::Down(MouseButton::Left), 0, 0));
        // A report split across reads is one event.
        assert!(p.feed(b"\x1b[<0;12").is_empty());
        assert_eq!(mice(&p.feed(b";3M")).len(), 1);
    }

    #[test]
    fn a_lone_escape_waits_for_the_rest_of_a_sequence() {
        let mut p = InputParser::default();
        assert!(p.feed(b"\x1b").is_empty());
        assert!(p.waiting());
        assert_eq!(keys(&p.timeout()), [(KeyCode::Esc, KeyModifiers::NONE)]);
        assert_eq!(keys(&p.feed(b"\x1bj")), [(KeyCode::Char('j'), KeyModifiers::ALT)]);
        assert!(p.feed(b"\x1b").is_empty());
        assert_eq!(keys(&p.feed(b"[B")), [(KeyCode::Down, KeyModifiers::NONE)]);
        assert!(p.feed(&"ế".as_bytes()[..2]).is_empty());
        assert_eq!(keys(&p.feed(&"ế".as_bytes()[2..])), [(KeyCode::Char('ế'), KeyModifiers::NONE)]);
    }

    #[test]
    fn reads_that_arrived_apart_stay_apart_however_late_they_are_handled() {
        let mut p = InputParser::default();
        let t0 = Instant::now();
        let ms = |n| t0 + Duration::from_millis(n);
        // Esc, Esc, 2 pressed 80 ms apart, all handled at once after a slow frame.
        let mut events = p.feed_at(b"\x1b", ms(0));
        events.extend(p.feed_at(b"\x1b", ms(80)));
        events.extend(p.feed_at(b"2", ms(160)));
        let none = KeyModifiers::NONE;
        assert_eq!(keys(&events), [(KeyCode::Esc, none), (KeyCode::Esc, none), (KeyCode::Char('2'), none)]);
        assert_eq!(p.deadline(), None);
        // A sequence split by the network still arrives within the wait: one key.
        assert!(p.feed_at(b"\x1b", ms(200)).is_empty());
        assert_eq!(p.deadline(), Some(ms(200) + ESC_WAIT));
        assert_eq!(keys(&p.feed_at(b"[B", ms(205))), [(KeyCode::Down, none)]);
        assert_eq!(p.deadline(), None);
    }

    #[test]
    fn bracketed_paste_is_one_event_even_across_reads() {
        let mut p = InputParser::default();
        assert!(p.feed(b"\x1b[200~Xin ch").is_empty());
        let events = p.feed("ào\n\x1b[201~q".as_bytes());
        assert!(matches!(&events[0], Event::Paste(t) if t == "Xin chào\n"));
        assert_eq!(keys(&events), [(KeyCode::Char('q'), KeyModifiers::NONE)]);
        // The end marker split in two: the keys after it are keys again.
        assert!(p.feed(b"\x1b[200~abc\x1b[20").is_empty());
        let events = p.feed(b"1~j");
        assert!(matches!(&events[0], Event::Paste(t) if t == "abc"));
        assert_eq!(keys(&events), [(KeyCode::Char('j'), KeyModifiers::NONE)]);
    }

    #[test]
    fn a_huge_paste_is_capped() {
        let mut p = InputParser::default();
        assert!(p.feed(b"\x1b[200~").is_empty());
        let chunk = vec![b'x'; 32 * 1024];
        for _ in 0..64 {
            assert!(p.feed(&chunk).is_empty());
        }
        let events = p.feed(b"\x1b[201~");
        assert!(matches!(&events[0], Event::Paste(t) if t.len() == MAX_PASTE));
    }

    /// Bytes of a session: keys, sequences, replies and pastes.
    fn stream() -> impl Strategy<Value = Vec<u8>> {
        let piece = prop_oneof![
            Just(b"j".to_vec()),
            Just("Đà".as_bytes().to_vec()),
            Just(b"\x1b[A".to_vec()),
            Just(b"\x1b[1;5C".to_vec()),
            Just(b"\x1b[[A".to_vec()),
            Just(b"\x1bOP".to_vec()),
            Just(b"\x1b[15~".to_vec()),
            Just(b"\x1b[?62;22c".to_vec()),
            Just(b"\x1b[<0;10;5M".to_vec()),
            Just(b"\x1bj".to_vec()),
            Just(b"\r\t\x7f".to_vec()),
            Just(b"\x1b[200~pa\x1b[A ste\x1b[201~".to_vec()),
        ];
        prop::collection::vec(piece, 0..12).prop_map(|v| v.concat())
    }

    proptest! {
        #[test]
        fn never_panics_on_any_bytes(reads in prop::collection::vec(prop::collection::vec(any::<u8>(), 0..40), 0..8)) {
            let mut p = InputParser::default();
            for r in reads {
                let _ = p.feed(&r);
            }
            let _ = p.timeout();
        }

        #[test]
        fn a_split_at_any_byte_changes_nothing(bytes in stream()) {
            let whole = format!("{:?}", all(&mut InputParser::default(), &bytes));
            for cut in 0..=bytes.len() {
                let mut p = InputParser::default();
                let mut events = p.feed(&bytes[..cut]);
                events.extend(p.feed(&bytes[cut..]));
                events.extend(p.timeout());
                prop_assert_eq!(&format!("{events:?}"), &whole, "cut at {}", cut);
            }
        }
    }
}
