//! The fuzzy filter (`:fuzzy`, or `fuzzy = true` in the config file): an item matches when
//! each word of the query has its letters, in order, somewhere in the item's folded text, and
//! the items are ranked by how well they fit — letters at word starts and in runs count most,
//! so `bmdn` puts "Bình Minh Đà Nẵng" first. The texts are folded (`domain::search::fold`),
//! so case and diacritics never stand in the way. The scoring is nucleo's, the matcher of the
//! helix editor.
//!
//! A ranking scores every item once; a query that only grows (`bm` → `bmd`) scores the
//! previous ranking's matches alone. A list of [`BACKGROUND_FROM`] items or more is ranked on
//! a thread of its own (two, past [`PARALLEL_FROM`]) while the keys go on: each key cancels
//! the ranking it makes stale, and the list shows the newest finished one until the next lands.

use super::list::Haystack;
use nucleo_matcher::pattern::{Atom, AtomKind, CaseMatching, Normalization};
use nucleo_matcher::{Config, Matcher, Utf32Str};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, mpsc};

/// Rankings of this many items or more are made in the background.
pub const BACKGROUND_FROM: usize = 20_000;

/// Rankings of this many items or more are made on two threads.
const PARALLEL_FROM: usize = 50_000;

/// Items scored between two looks at whether the ranking is still wanted.
const CHUNK: usize = 4096;

/// A finished ranking: the items of `order` that match `query`, best first.
#[derive(Debug, Clone)]
pub struct Ranked {
    query: String,
    hay: Arc<Haystack>,
    order: Arc<Vec<u32>>,
    /// Positions in `order` of the matches, best first (equal scores in `order`'s order).
    positions: Arc<Vec<u32>>,
}

impl Ranked {
    /// The matching items, best first.
    pub fn items(&self) -> Vec<u32> {
        self.positions.iter().map(|&p| self.order[p as usize]).collect()
    }

    /// Whether `query` on `hay` in `order` matches only items this ranking matched: the same
    /// texts and order, and a query that only grew.
    pub fn narrows_to(&self, query: &str, hay: &Arc<Haystack>, order: &Arc<Vec<u32>>) -> bool {
        Arc::ptr_eq(&self.hay, hay) && Arc::ptr_eq(&self.order, order) && query.starts_with(&self.query)
    }

    /// Whether this is the ranking of `query` on `hay` in `order`.
    pub fn is_for(&self, query: &str, hay: &Arc<Haystack>, order: &Arc<Vec<u32>>) -> bool {
        self.narrows_to(query, hay, order) && query == self.query
    }
}

/// What a ranking works on.
pub struct Work {
    query: String,
    hay: Arc<Haystack>,
    order: Arc<Vec<u32>>,
    /// Only these positions can match (the previous ranking's), when the query only grew.
    within: Option<Arc<Vec<u32>>>,
}

impl Work {
    /// The ranking of `query` (folded, trimmed, not empty) over `hay` in `order`, narrowing
    /// `previous` when it can.
    pub fn new(query: &str, hay: &Arc<Haystack>, order: &Arc<Vec<u32>>, previous: Option<&Ranked>) -> Self {
        let within = previous.filter(|r| r.narrows_to(query, hay, order)).map(|r| Arc::clone(&r.positions));
        Work { query: query.to_string(), hay: Arc::clone(hay), order: Arc::clone(order), within }
    }

    /// How many items it scores.
    pub fn size(&self) -> usize {
        self.within.as_ref().map_or(self.order.len(), |w| w.len())
    }

    /// Ranks on this thread (and a second one for a long list); `None` once `cancel` is set.
    pub fn run(self, cancel: &AtomicBool) -> Option<Ranked> {
        let atoms = atoms(&self.query);
        let n = self.size();
        let position = |i: usize| self.within.as_ref().map_or(i as u32, |w| w[i]);
        let score_range = |range: std::ops::Range<usize>| -> Option<Vec<u64>> {
            let mut scorer = Scorer::new(&atoms);
            let mut hits = Vec::new();
            for chunk in range.step_by(CHUNK).map(|start| start..(start + CHUNK).min(n)) {
                if cancel.load(Ordering::Relaxed) {
                    return None;
                }
                for i in chunk {
                    let at = position(i);
                    let item = self.order[at as usize] as usize;
                    if let Some(score) = scorer.score(self.hay.item_text(item)) {
                        // Best first, then in the order's order: one number sorts both.
                        hits.push((u64::from(u32::MAX - score) << 32) | u64::from(at));
                    }
                }
            }
            Some(hits)
        };
        let mut hits = if n >= PARALLEL_FROM {
            let (left, right) = std::thread::scope(|scope| {
                let left = scope.spawn(|| score_range(0..n / 2));
                let right = score_range(n / 2..n);
                (left.join().ok().flatten(), right)
            });
            let mut left = left?;
            left.extend(right?);
            left
        } else {
            score_range(0..n)?
        };
        if cancel.load(Ordering::Relaxed) {
            return None;
        }
        hits.sort_unstable();
        let positions = hits.into_iter().map(|h| h as u32).collect();
        Some(Ranked { query: self.query, hay: self.hay, order: self.order, positions: Arc::new(positions) })
    }

    /// Ranks on a thread of its own; the job says when it is done.
    pub fn start(self) -> Job {
        let cancel = Arc::new(AtomicBool::new(false));
        let (tx, rx) = mpsc::channel();
        let stop = Arc::clone(&cancel);
        std::thread::spawn(move || {
            if let Some(ranked) = self.run(&stop) {
                let _ = tx.send(ranked);
            }
        });
        Job { cancel, done: rx }
    }
}

/// A ranking being made in the background.
#[derive(Debug)]
pub struct Job {
    cancel: Arc<AtomicBool>,
    done: mpsc::Receiver<Ranked>,
}

/// What a look at a background ranking finds.
#[derive(Debug)]
pub enum Polled {
    Waiting,
    Done(Ranked),
    /// It stopped without a ranking (and never will give one).
    Stopped,
}

impl Job {
    /// The ranking if it is done (`block`: waits for it).
    pub fn poll(&self, block: bool) -> Polled {
        let got =
            if block { self.done.recv().map_err(|_| mpsc::TryRecvError::Disconnected) } else { self.done.try_recv() };
        match got {
            Ok(ranked) => Polled::Done(ranked),
            Err(mpsc::TryRecvError::Empty) => Polled::Waiting,
            Err(mpsc::TryRecvError::Disconnected) => Polled::Stopped,
        }
    }
}

impl Drop for Job {
    /// A ranking nobody waits for stops at its next chunk.
    fn drop(&mut self) {
        self.cancel.store(true, Ordering::Relaxed);
    }
}

/// Each word of the query, matched on its own (all of them must match). The query and the
/// texts are folded alike already, so letters compare as they are.
fn atoms(query: &str) -> Vec<Atom> {
    query
        .split_whitespace()
        .map(|word| Atom::new(word, CaseMatching::Respect, Normalization::Never, AtomKind::Fuzzy, false))
        .collect()
}

/// Scores texts against the atoms, with the matcher's scratch space reused.
struct Scorer<'a> {
    atoms: &'a [Atom],
    matcher: Matcher,
    chars: Vec<char>,
}

impl<'a> Scorer<'a> {
    fn new(atoms: &'a [Atom]) -> Self {
        Scorer { atoms, matcher: Matcher::new(Config::DEFAULT), chars: Vec::new() }
    }

    /// The text's score, if every atom matches it.
    fn score(&mut self, text: &[u8]) -> Option<u32> {
        if text.is_empty() {
            return None;
        }
        let text = if text.is_ascii() {
            Utf32Str::Ascii(text)
        } else {
            Utf32Str::new(std::str::from_utf8(text).ok()?, &mut self.chars)
        };
        self.atoms.iter().try_fold(0u32, |sum, atom| Some(sum + u32::from(atom.score(text, &mut self.matcher)?)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::search::fold;

    fn rank(names: &[&str], query: &str) -> Vec<u32> {
        let texts: Vec<String> = names.iter().map(|n| fold(n)).collect();
        let hay = Arc::new(Haystack::new(&texts));
        let order = Arc::new((0..texts.len() as u32).collect());
        let ranked = Work::new(&fold(query), &hay, &order, None).run(&AtomicBool::new(false));
        ranked.expect("not cancelled").items()
    }

    #[test]
    fn initials_across_words_and_diacritics_find_the_name_first() {
        let names = [
            "Amber Comdata Ventures amber.onmicrosoft.com",
            "Công ty Bình Minh Đà Nẵng binhminhdanang.onmicrosoft.com",
            "Contoso Bank contoso.onmicrosoft.com",
        ];
        // The letters scattered inside words match too, ranked below the initials.
        let found = rank(&names, "bmdn");
        assert_eq!(found, vec![1, 0], "Contoso has no b…m…d…n");
        assert_eq!(rank(&names, "BMĐN"), found, "the query is folded too");
        assert_eq!(rank(&names, "binh minh da nang")[0], 1);
        assert_eq!(rank(&["Yıldız Teknoloji", "北京华通科技"], "华通"), vec![1]);
    }

    #[test]
    fn each_word_must_match_and_equal_scores_keep_the_order() {
        let names = ["minh an", "an minh", "minh", "an"];
        assert_eq!(rank(&names, "an minh").len(), 2);
        let texts: Vec<String> = ["abc 1", "abc 2", "abc 3"].iter().map(|s| s.to_string()).collect();
        let hay = Arc::new(Haystack::new(&texts));
        let order = Arc::new(vec![2, 0, 1]);
        let ranked = Work::new("abc", &hay, &order, None).run(&AtomicBool::new(false)).expect("ranked");
        assert_eq!(ranked.items(), vec![2, 0, 1]);
    }

    #[test]
    fn a_growing_query_narrows_the_previous_ranking_to_the_same_result() {
        let texts: Vec<String> = (0..PARALLEL_FROM + 500)
            .map(|i| format!("tenant {i} {}", ["minh phat", "binh minh", "da nang", "yildiz"][i % 4]))
            .collect();
        let hay = Arc::new(Haystack::new(&texts));
        let order = Arc::new((0..texts.len() as u32).rev().collect::<Vec<u32>>());
        let never = AtomicBool::new(false);
        let first = Work::new("mn", &hay, &order, None).run(&never).expect("ranked");
        let narrowing = Work::new("mnh", &hay, &order, Some(&first));
        assert!(narrowing.size() < order.len(), "only the previous matches are scored");
        let narrowed = narrowing.run(&never).expect("ranked");
        let fresh = Work::new("mnh", &hay, &order, None).run(&never).expect("ranked");
        assert_eq!(narrowed.items(), fresh.items());
        assert!(!fresh.items().is_empty());
        // A query that changed (not grew) scores every item again.
        assert_eq!(Work::new("yl", &hay, &order, Some(&fresh)).size(), order.len());
    }

    #[test]
    fn a_cancelled_ranking_gives_nothing() {
        let texts: Vec<String> = (0..10_000).map(|i| format!("customer {i}")).collect();
        let hay = Arc::new(Haystack::new(&texts));
        let order = Arc::new((0..texts.len() as u32).collect());
        assert!(Work::new("c", &hay, &order, None).run(&AtomicBool::new(true)).is_none());
        let job = Work::new("c 9", &hay, &order, None).start();
        let Polled::Done(ranked) = job.poll(true) else { panic!("a ranking") };
        assert_eq!(ranked.items().len(), texts.iter().filter(|t| t.contains('9')).count());
    }
}
