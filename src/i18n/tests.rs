//! The locales agree with each other and with the code: every id in every locale, with the
//! same arguments; every id the code names exists; plurals choose by CLDR rules; a session's
//! locale is its own.

use super::*;
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};

/// Each message of a locale with the variables it uses.
fn messages(tag: &str, source: &'static str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(r) => r,
        Err((_, errors)) => panic!("{tag}: the .ftl file does not parse: {errors:?}"),
    };
    let mut out = BTreeMap::new();
    for entry in resource.body {
        match entry {
            ast::Entry::Message(m) => {
                let mut vars = BTreeSet::new();
                if let Some(p) = &m.value {
                    pattern_vars(p, &mut vars);
                }
                let id = m.id.name.to_string();
                assert!(out.insert(id.clone(), vars).is_none(), "{tag}: {id} is defined twice");
            }
            ast::Entry::Junk { content } => panic!("{tag}: cannot parse {content:?}"),
            _ => {}
        }
    }
    out
}

fn pattern_vars(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
        ast::Expression::Inline(i) => inline_vars(i, vars),
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}

#[test]
fn every_message_is_in_every_locale_with_the_same_arguments() {
    let en = messages("en", SOURCES[0].1);
    assert!(en.len() > 300, "en has {} messages", en.len());
    for (tag, source) in &SOURCES[1..] {
        let other = messages(tag, source);
        let missing: Vec<_> = en.keys().filter(|id| !other.contains_key(*id)).collect();
        let extra: Vec<_> = other.keys().filter(|id| !en.contains_key(*id)).collect();
        assert!(missing.is_empty() && extra.is_empty(), "{tag}: missing {missing:?}, not in en {extra:?}");
        for (id, vars) in &en {
            assert_eq!(&other[id], vars, "{tag}: {id} takes other arguments than in en");
        }
    }
}

/// Each `.rs` file under `src/` but this one, with its comments left out (they show examples;
/// only code names ids).
fn code_files() -> Vec<(std::path::PathBuf, String)> {
    let mut out = Vec::new();
    let mut stack = vec![std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src"))];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{dir:?}: {e}")).flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("i18n/tests.rs") {
                let code: String = std::fs::read_to_string(&path)
                    .unwrap_or_default()
                    .lines()
                    .filter(|l| !l.trim_start().starts_with("//"))
                    .collect::<Vec<_>>()
                    .join("\n");
                out.push((path, code));
            }
        }
    }
    out
}

/// Every id the code names (`Phrase("…")`, `t!("…")`, `Counted("…")`) is a message of `en`.
#[test]
fn every_id_the_code_names_exists() {
    let en = messages("en", SOURCES[0].1);
    let mut named = 0;
    let mut missing = Vec::new();
    for (path, code) in code_files() {
        for opener in ["Phrase(\"", "t!(\"", "Counted(\""] {
            for (at, _) in code.match_indices(opener) {
                // `t!(` and not `format!(`.
                if code[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let rest = &code[at + opener.len()..];
                let id = &rest[..rest.find('"').unwrap_or(0)];
                named += 1;
                if !en.contains_key(id) {
                    missing.push(format!("{}: {id}", path.display()));
                }
            }
        }
    }
    assert!(named > 300, "only {named} ids found: is the scan looking in the right place?");
    assert!(missing.is_empty(), "ids without a message in en: {missing:#?}");
}

/// A message no code names is a translation nobody reads: every id of `en` is named, as a
/// string, somewhere in the code.
#[test]
fn every_message_is_named_by_the_code() {
    let code: Vec<String> = code_files().into_iter().map(|(_, code)| code).collect();
    // The command line's help names its ids from the commands' places (`cli::help`).
    let help = crate::cli::help::ids_in_use();
    let unused: Vec<String> = messages("en", SOURCES[0].1)
        .into_keys()
        .filter(|id| !help.contains(id) && !code.iter().any(|c| c.contains(&format!("\"{id}\""))))
        .collect();
    assert!(unused.is_empty(), "messages no code names (remove them from every locale): {unused:#?}");
}

#[test]
fn plurals_follow_each_languages_rules() {
    let en = |n: usize| scoped(Locale::En, || t!("customers-count", count = n));
    assert_eq!(en(1), "1 customer");
    assert_eq!(en(2), "2 customers");
    assert_eq!(en(0), "0 customers");
}

#[test]
fn no_isolation_marks_around_arguments() {
    for locale in Locale::ALL {
        let said = scoped(locale, || t!("customer-saved", company = "Hải Âu"));
        assert!(!said.contains(['\u{2068}', '\u{2069}']), "{said:?}");
        assert!(said.contains("Hải Âu"), "{said:?}");
    }
}

#[test]
fn a_scope_sets_the_locale_and_restores_the_previous_one() {
    assert_eq!(current(), Locale::En);
    scoped(Locale::Tr, || {
        assert_eq!(current(), Locale::Tr);
        scoped(Locale::Vi, || assert_eq!(current(), Locale::Vi));
        assert_eq!(current(), Locale::Tr);
    });
    assert_eq!(current(), Locale::En);
    let _ = std::panic::catch_unwind(|| scoped(Locale::ZhCn, || panic!("on purpose")));
    assert_eq!(current(), Locale::En);
}

/// Two sessions rendering at the same time on two threads each read their own language.
#[test]
fn two_threads_render_in_two_languages_at_once() {
    let barrier = std::sync::Arc::new(std::sync::Barrier::new(2));
    let run = |locale: Locale| {
        let barrier = barrier.clone();
        std::thread::spawn(move || {
            scoped(locale, || {
                barrier.wait();
                let said: Vec<String> = (0..200).map(|_| crate::text::TAB_CUSTOMERS.to_string()).collect();
                barrier.wait();
                said
            })
        })
    };
    let (a, b) = (run(Locale::En), run(Locale::Vi));
    let (a, b) = (a.join().unwrap_or_default(), b.join().unwrap_or_default());
    let en = scoped(Locale::En, || crate::text::TAB_CUSTOMERS.to_string());
    let vi = scoped(Locale::Vi, || crate::text::TAB_CUSTOMERS.to_string());
    assert!(a.iter().all(|s| *s == en) && b.iter().all(|s| *s == vi));
    assert_ne!(en, vi, "the Vietnamese tab name is translated");
}
