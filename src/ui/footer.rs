//! The key hints on the last row: the most useful keys of the layer that has the keyboard,
//! from the same binding list the keys use. When they do not all fit, the least important
//! give way first — keys this operator may not use, then the screen's own keys from the end
//! of its list, then `/ filter` — while the way out (`? help`, `q quit`, `Esc`) always
//! stays; `?` lists all.

use crate::app::App;
use crate::app::action::{Action, Global, ListKey};
use crate::app::keymap::{self, Binding};
use crate::app::pointer::Target;
use crate::cells;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};

/// Space between two hints.
const GAP: usize = 2;

/// Which hints stay first: the way out (keys that leave, or say what else there is), then
/// the filter every list shares, then the screen's own keys, then keys the operator may not use.
fn rank(b: &Binding, allowed: bool) -> u8 {
    match b.action {
        Action::Global(Global::ToggleHelp | Global::CloseHelp | Global::Quit) | Action::Close => 0,
        Action::List(ListKey::StartFilter) => 1,
        _ if allowed => 2,
        _ => 3,
    }
}

fn hint_width(b: &Binding) -> usize {
    cells::width(b.shown) + 1 + cells::width(&b.help.to_string()) + GAP
}

/// Which of `hints` fit in `room` cells, by priority, in the order they are listed.
fn fitting(hints: &[Binding], allowed: impl Fn(&Binding) -> bool, room: usize) -> Vec<bool> {
    let mut order: Vec<usize> = (0..hints.len()).collect();
    order.sort_by_key(|&i| (rank(&hints[i], allowed(&hints[i])), i));
    let mut kept = vec![false; hints.len()];
    // The last hint needs no gap after it.
    let mut used = 0;
    for i in order {
        let width = hint_width(&hints[i]);
        if used + width <= room + GAP {
            kept[i] = true;
            used += width;
        }
    }
    kept
}

pub fn draw(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = app.theme;
    let hints: Vec<Binding> = keymap::bindings(app.layer()).into_iter().filter(|b| b.footer).collect();
    // What this operator may not do is greyed out; pressing it says why.
    let allowed = |b: &Binding| b.needs.is_none_or(|op| app.may(op));
    let kept = fitting(&hints, allowed, usize::from(area.width).saturating_sub(1));
    let mut spans = vec![Span::raw(" ")];
    let mut targets = app.targets.hints.borrow_mut();
    targets.clear();
    let mut x = area.x + 1;
    for (b, _) in hints.iter().zip(kept).filter(|(_, kept)| *kept) {
        let key = if allowed(b) { theme.key } else { theme.dim.add_modifier(Modifier::CROSSED_OUT) };
        // A click on the key or its words runs what the key runs.
        let width = (hint_width(b) - GAP) as u16;
        targets.push(Target { y: area.y, x, width, what: b.action.clone() });
        x = x.saturating_add(hint_width(b) as u16);
        spans.push(Span::styled(b.shown, key));
        spans.push(Span::styled(format!(" {}{}", b.help, " ".repeat(GAP)), theme.dim));
    }
    buf.set_line(area.x, area.y, &Line::from(spans), area.width);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::Tab;
    use crate::app::keymap::{Layer, Side};

    fn shown(layer: Layer, room: usize, allowed: impl Fn(&Binding) -> bool) -> Vec<&'static str> {
        let hints: Vec<Binding> = keymap::bindings(layer).into_iter().filter(|b| b.footer).collect();
        let kept = fitting(&hints, allowed, room);
        hints.iter().zip(kept).filter(|(_, k)| *k).map(|(b, _)| b.shown).collect()
    }

    #[test]
    fn help_quit_and_filter_stay_on_every_tab_however_narrow() {
        for tab in Tab::ALL {
            for side in [Side::Partner, Side::Customer] {
                for room in [20, 40, 59, 79, 119] {
                    let keys = shown(Layer::List(tab, side), room, |_| true);
                    assert!(keys.contains(&"?") && keys.contains(&"q"), "{tab:?} {side:?} at {room}: {keys:?}");
                    assert!(room < 40 || keys.contains(&"/"), "{tab:?} {side:?} at {room}: {keys:?}");
                }
            }
        }
    }

    #[test]
    fn keys_the_operator_may_not_use_give_way_first_then_the_last_listed() {
        let layer = Layer::List(Tab::Invitations, Side::Partner);
        let all = shown(layer, 1000, |_| true);
        let narrow = shown(layer, 79, |_| true);
        assert!(narrow.len() < all.len() && narrow[0] == all[0], "{narrow:?}");
        // With every guarded key greyed out, the keys that work are the ones kept.
        let greyed = shown(layer, 79, |b| b.needs.is_none());
        for key in ["Enter", "f", "/", "?", "q"] {
            assert!(greyed.contains(&key), "{key}: {greyed:?}");
        }
    }
}
