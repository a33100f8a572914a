//! Benchmarks for the figures of the performance issue: rendering, filtering, sorting and
//! committing on large books. `cargo bench --bench desk`; the whole-process start-up and
//! memory are measured by `benches/first-frame.sh`.

use chrono::TimeZone;
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use partnerdesk::app::session::{FixedClock, Session};
use partnerdesk::app::{App, Event};
use partnerdesk::demo::{self, DemoOptions};
use partnerdesk::domain::ids::SessionId;
use partnerdesk::store::{Book, Reads, Stamp};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::sync::{Arc, OnceLock};

fn now() -> partnerdesk::domain::Timestamp {
    chrono::Utc.with_ymd_and_hms(2026, 11, 25, 9, 0, 0).single().unwrap_or_default()
}

fn stamp() -> Stamp {
    Stamp { actor: "bench".into(), session: SessionId("bench".into()), at: now(), via: String::new() }
}

/// A 100,000-customer demo book in memory, made once.
fn book_100k() -> Arc<Book> {
    static BOOK: OnceLock<Arc<Book>> = OnceLock::new();
    BOOK.get_or_init(|| {
        let book = Book::in_memory().expect("a book");
        demo::generate(&book, DemoOptions { customers: 100_000, seed: 7, now: now() }, &stamp()).expect("the demo");
        Arc::new(book)
    })
    .clone()
}

/// A 1,000,000-customer demo book in memory, made once (about a minute); only for the benches
/// that say "at 1M", run with `PARTNERDESK_BENCH_1M=1` so the everyday run stays short.
fn book_1m() -> Option<Arc<Book>> {
    static BOOK: OnceLock<Arc<Book>> = OnceLock::new();
    std::env::var_os("PARTNERDESK_BENCH_1M")?;
    Some(
        BOOK.get_or_init(|| {
            let book = Book::in_memory().expect("a book");
            demo::generate(&book, DemoOptions { customers: 1_000_000, seed: 7, now: now() }, &stamp())
                .expect("the demo");
            Arc::new(book)
        })
        .clone(),
    )
}

fn key(code: crossterm::event::KeyCode) -> Event {
    Event::Key(crossterm::event::KeyEvent::from(code))
}

fn app(book: Arc<Book>) -> App {
    let mut app = app_loading(book);
    app.poll_loading(true);
    app
}

/// The app as it draws its first frame: a large book's rows still being read.
fn app_loading(book: Arc<Book>) -> App {
    let actor = partnerdesk::app::session::resolve_actor(&book, None).expect("an actor");
    let session = Session {
        id: SessionId("bench".into()),
        actor,
        read_only: false,
        remote: false,
        files_dir: None,
        via: String::new(),
    };
    let mut app =
        App::new(book, session, Arc::new(FixedClock(now())), &partnerdesk::ui::theme::COLOR).expect("the app");
    for effect in app.take_effects() {
        if let partnerdesk::app::effect::Effect::Background(task) = effect {
            task.start();
        }
    }
    app
}

fn render(c: &mut Criterion) {
    let mut app = app(book_100k());
    let mut terminal = Terminal::new(TestBackend::new(200, 50)).expect("a terminal");
    c.bench_function("render customers 200x50, 100k customers", |b| {
        b.iter(|| terminal.draw(|f| partnerdesk::ui::render(&app, f)).map(|_| ()).expect("a frame"));
    });
    let mut terminal = Terminal::new(TestBackend::new(200, 50)).expect("a terminal");
    let down = Event::Key(crossterm::event::KeyEvent::from(crossterm::event::KeyCode::Down));
    c.bench_function("move selection one row and draw, 100k customers", |b| {
        b.iter(|| {
            app.handle(down.clone());
            terminal.draw(|f| partnerdesk::ui::render(&app, f)).map(|_| ()).expect("a frame")
        });
    });
}

/// The books the benches run on: 100k always, 1M with `PARTNERDESK_BENCH_1M=1`.
fn books() -> Vec<(&'static str, Arc<Book>)> {
    let mut books = vec![("100k", book_100k())];
    books.extend(book_1m().map(|b| ("1M", b)));
    books
}

fn draw(terminal: &mut Terminal<TestBackend>, app: &App) {
    terminal.draw(|f| partnerdesk::ui::render(app, f)).map(|_| ()).expect("a frame");
}

/// A filter keystroke on the demo's own rows, with the frame that shows its result: the first
/// (broadest) letter, and one that narrows `min` to `minh`.
fn filter(c: &mut Criterion) {
    use crossterm::event::KeyCode;
    for (size, book) in books() {
        let mut app = app(book);
        let mut terminal = Terminal::new(TestBackend::new(200, 50)).expect("a terminal");
        app.handle(key(KeyCode::Char('/')));
        c.bench_function(&format!("filter first keystroke 'm' at {size}, including the frame"), |b| {
            b.iter_custom(|iters| {
                let mut spent = std::time::Duration::ZERO;
                for _ in 0..iters {
                    let start = std::time::Instant::now();
                    app.handle(key(KeyCode::Char('m')));
                    draw(&mut terminal, &app);
                    spent += start.elapsed();
                    app.handle(key(KeyCode::Backspace));
                }
                spent
            })
        });
        app.handle(Event::Paste("min".into()));
        c.bench_function(&format!("filter narrowing keystroke 'min' -> 'minh' at {size}, including the frame"), |b| {
            b.iter_custom(|iters| {
                let mut spent = std::time::Duration::ZERO;
                for _ in 0..iters {
                    let start = std::time::Instant::now();
                    app.handle(key(KeyCode::Char('h')));
                    draw(&mut terminal, &app);
                    spent += start.elapsed();
                    app.handle(key(KeyCode::Backspace));
                }
                spent
            })
        });
    }
}

/// The fuzzy filter (`:fuzzy`) on the demo's own rows: a long list is ranked in the background,
/// so a key costs itself and a frame, and the ranking shows a little later. Both are timed: the
/// key with its frame, and the key until its ranking shows, with that frame — for the first
/// (broadest) letter and for one that narrows `bmd` to `bmdn` (the initials of "Bình Minh Đà Nẵng").
fn fuzzy(c: &mut Criterion) {
    use crossterm::event::KeyCode;
    for (size, book) in books() {
        let mut app = app(book);
        app.set_fuzzy(true);
        let mut terminal = Terminal::new(TestBackend::new(200, 50)).expect("a terminal");
        app.handle(key(KeyCode::Char('/')));
        let mut group = c.benchmark_group(format!("fuzzy filter at {size}"));
        group.sample_size(20);
        for (name, typed, next) in [("first key 'b'", "", 'b'), ("narrowing key 'bmd' -> 'bmdn'", "bmd", 'n')] {
            if !typed.is_empty() {
                app.handle(Event::Paste(typed.into()));
            }
            app.poll_loading(true);
            for settled in [false, true] {
                let what = if settled { "until the ranking shows, with its frame" } else { "the key and its frame" };
                group.bench_function(format!("{name}: {what}"), |b| {
                    b.iter_custom(|iters| {
                        let mut spent = std::time::Duration::ZERO;
                        for _ in 0..iters {
                            let start = std::time::Instant::now();
                            app.handle(key(KeyCode::Char(next)));
                            if settled {
                                app.poll_loading(true);
                            }
                            draw(&mut terminal, &app);
                            spent += start.elapsed();
                            app.poll_loading(true);
                            app.handle(key(KeyCode::Backspace));
                            app.poll_loading(true);
                        }
                        spent
                    })
                });
            }
        }
        group.finish();
    }
}

/// `:sub SUB-n`: the customer holding a subscription, found by one lookup in the book's index,
/// its record opened and drawn; beside it, what finding it by reading every customer would cost.
fn subscription_jump(c: &mut Criterion) {
    use crossterm::event::KeyCode;
    for (size, book) in books() {
        let read = book.read().expect("a read");
        // The newest subscription: its holder is anywhere in the tenant-id order.
        let mut newest = None;
        read.each_customer(|customer| {
            newest = newest.max(customer.subscriptions.iter().map(|s| s.id.0).max());
            Ok(())
        })
        .expect("the customers");
        let id = partnerdesk::domain::ids::SubscriptionId(newest.expect("a subscription"));
        drop(read);
        let mut group = c.benchmark_group(format!("subscription to its customer at {size}"));
        group.sample_size(10);
        group.bench_function("the index lookup", |b| {
            b.iter(|| book.read().and_then(|r| r.subscription_holder(id)).expect("a lookup").expect("held"))
        });
        group.bench_function("reading every customer instead (what the index saves)", |b| {
            b.iter(|| {
                let mut found = None;
                book.read()
                    .and_then(|r| {
                        r.each_customer(|c| {
                            if c.subscriptions.iter().any(|s| s.id == id) {
                                found = Some(c.tenant_id);
                            }
                            Ok(())
                        })
                    })
                    .expect("the customers");
                found.expect("held")
            })
        });
        let mut app = app(book);
        let mut terminal = Terminal::new(TestBackend::new(200, 50)).expect("a terminal");
        group.bench_function(format!(":sub {id} Enter, including the frame"), |b| {
            b.iter_custom(|iters| {
                let mut spent = std::time::Duration::ZERO;
                for _ in 0..iters {
                    app.handle(key(KeyCode::Char(':')));
                    app.handle(Event::Paste(format!("sub {id}")));
                    let start = std::time::Instant::now();
                    app.handle(key(KeyCode::Enter));
                    draw(&mut terminal, &app);
                    spent += start.elapsed();
                    app.handle(key(KeyCode::Left));
                }
                spent
            })
        });
        group.finish();
    }
}

/// What a sort costs: the key and its frame (the old order stays on screen until the new one
/// is made), then the new order made in the background, once for every session on the book.
fn sort(c: &mut Criterion) {
    use partnerdesk::app::customers::SortColumn;
    use partnerdesk::app::customers::collation::Collation;
    use partnerdesk::app::customers::index::{CustomerIndex, listed_rows};
    for (size, book) in books() {
        let rows = listed_rows(&book.read().expect("read")).expect("rows");
        let mut group = c.benchmark_group(format!("sort order made in the background at {size}"));
        group.sample_size(10);
        for &column in &SortColumn::ALL[1..] {
            group.bench_function(format!("{column:?}"), |b| {
                b.iter_batched(
                    || CustomerIndex::build(rows.clone(), Default::default()),
                    |index| {
                        index.make_order(Collation::Store, column);
                        index
                    },
                    BatchSize::PerIteration,
                )
            });
        }
        group.finish();
    }
}

/// Each language's name order (every name's ICU4X sort key, then sorted), made in the
/// background once for every session in that language; and how far the store's order (what
/// English shows) is from the root collation on the same rows.
fn collate(c: &mut Criterion) {
    use partnerdesk::app::customers::SortColumn;
    use partnerdesk::app::customers::collation::Collation;
    use partnerdesk::app::customers::index::{CustomerIndex, listed_rows};
    for (size, book) in books() {
        let rows = listed_rows(&book.read().expect("read")).expect("rows");
        let root = icu_collator::CollatorBorrowed::try_new(icu_locale_core::locale!("en").into(), Default::default())
            .expect("the root collator");
        let reversed = rows.windows(2).filter(|w| root.compare(&w[0].name, &w[1].name).is_gt()).count();
        eprintln!(
            "store order at {size}: {reversed} of {} neighbouring rows the other way round in the root collation",
            rows.len().saturating_sub(1)
        );
        let mut group = c.benchmark_group(format!("name order in the operator's language at {size}"));
        group.sample_size(10);
        for (tag, collation) in
            [("vi", Collation::Vietnamese), ("tr", Collation::Turkish), ("zh-CN", Collation::Chinese)]
        {
            group.bench_function(tag, |b| {
                b.iter_batched(
                    || CustomerIndex::build(rows.clone(), Default::default()),
                    |index| {
                        index.make_order(collation, SortColumn::Name);
                        index
                    },
                    BatchSize::PerIteration,
                )
            });
        }
        group.finish();
    }
}

/// What a session in Turkish pays for a commit that renames a customer: the shared index
/// patched (the row placed again in the Turkish order by the collator), and the frame.
fn collated_patch(c: &mut Criterion) {
    use partnerdesk::app::customers::index::book_partner;
    for (size, book) in books() {
        let mut app = app(Arc::clone(&book));
        app.locale = partnerdesk::i18n::Locale::Tr;
        app.poll_loading(true);
        while app.is_loading() {
            std::thread::sleep(std::time::Duration::from_millis(20));
            app.poll_loading(false);
        }
        let mut terminal = Terminal::new(TestBackend::new(200, 50)).expect("a terminal");
        let tenant = app.customers.rows[app.customers.list.visible()[10] as usize].tenant_id;
        let partner = book_partner(&book.read().expect("read")).expect("the partner");
        let mut n = 0usize;
        c.bench_function(
            &format!("a renamed customer placed in the Turkish order at {size}, including the frame"),
            |b| {
                b.iter_custom(|iters| {
                    let mut spent = std::time::Duration::ZERO;
                    for _ in 0..iters {
                        n += 1;
                        book.write(&stamp(), |tx| {
                            let Some(mut customer) = tx.customer(tenant)? else { return Ok(()) };
                            customer.company_name = format!("Çarşı Ticaret {n}");
                            tx.update_customer(&customer, partner)?;
                            tx.audit("bench.rename", "x", None::<&String>, Some(&customer.company_name))
                        })
                        .expect("a commit");
                        let start = std::time::Instant::now();
                        app.handle(Event::BookChanged);
                        draw(&mut terminal, &app);
                        spent += start.elapsed();
                    }
                    spent
                })
            },
        );
        assert!(!app.is_loading(), "patched in place, not sorted again");
    }
}

/// A large book's rows landing after the first frame: the swap, and the frame that shows them.
fn landing(c: &mut Criterion) {
    for (size, book) in books() {
        let mut terminal = Terminal::new(TestBackend::new(200, 50)).expect("a terminal");
        let mut group = c.benchmark_group(format!("rows landing after the first frame at {size}"));
        group.sample_size(10);
        group.bench_function("the swap and its frame", |b| {
            b.iter_batched(
                || {
                    let app = app_loading(Arc::clone(&book));
                    app.customers.wait_landed();
                    app
                },
                |mut app| {
                    app.poll_loading(false);
                    draw(&mut terminal, &app);
                    app
                },
                BatchSize::PerIteration,
            )
        });
        group.finish();
    }
}

/// The keys that used to scroll one row at a time inside the frame: `G` from the top, a sort
/// whose selected row lands far away, `Esc` after a filter — each with the frame that follows.
fn jumps(c: &mut Criterion) {
    use crossterm::event::KeyCode;
    for (size, book) in books() {
        let mut app = app(book);
        let mut terminal = Terminal::new(TestBackend::new(200, 50)).expect("a terminal");
        let mut frame = |app: &App| terminal.draw(|f| partnerdesk::ui::render(app, f)).map(|_| ()).expect("a frame");
        frame(&app);
        c.bench_function(&format!("G at {size}, including the frame"), |b| {
            b.iter(|| {
                app.handle(key(KeyCode::Char('g')));
                frame(&app);
                app.handle(key(KeyCode::Char('G')));
                frame(&app)
            })
        });
        // The selection in the middle, then sorted twice: it follows its row far away.
        app.handle(key(KeyCode::Char('G')));
        for _ in 0..app.customers.list.shown() / 2 / app.customers.list.page.get().max(1) {
            app.handle(key(KeyCode::PageUp));
        }
        frame(&app);
        c.bench_function(&format!("s s (sort twice, selection follows) at {size}, including the frame"), |b| {
            b.iter(|| {
                app.handle(key(KeyCode::Char('s')));
                frame(&app);
                app.handle(key(KeyCode::Char('s')));
                frame(&app)
            })
        });
        while app.customers.sort != Some(partnerdesk::app::customers::SortColumn::Name) {
            app.handle(key(KeyCode::Char('s')));
        }
        c.bench_function(&format!("Esc after a filter at {size}, including the frame"), |b| {
            b.iter_custom(|iters| {
                let mut spent = std::time::Duration::ZERO;
                for _ in 0..iters {
                    app.handle(key(KeyCode::Char('/')));
                    app.handle(Event::Paste("zzz".into()));
                    app.handle(key(KeyCode::Backspace));
                    app.handle(key(KeyCode::Backspace));
                    frame(&app);
                    let start = std::time::Instant::now();
                    app.handle(key(KeyCode::Esc));
                    frame(&app);
                    spent += start.elapsed();
                }
                spent
            })
        });
        // `!` and `!` again: only the customers with a granular admin access problem, then
        // every customer — the order filtered in one pass, each row's access one lookup.
        c.bench_function(&format!("! ! (access problems only, then all) at {size}, including the frames"), |b| {
            b.iter(|| {
                app.handle(key(KeyCode::Char('!')));
                frame(&app);
                app.handle(key(KeyCode::Char('!')));
                frame(&app)
            })
        });
    }
}

/// Support contacts set on every shown customer of a 100k book on disk (durable commits, a
/// chunk at a time, with the frame after each chunk as the app draws it), to the end.
fn bulk(c: &mut Criterion) {
    use crossterm::event::KeyCode;
    let dir = tempfile::tempdir().expect("a folder");
    let book = Arc::new(Book::create(&dir.path().join("bulk.redb")).expect("a book"));
    demo::generate(&book, DemoOptions { customers: 100_000, seed: 7, now: now() }, &stamp()).expect("the demo");
    let mut app = app(book);
    let mut terminal = Terminal::new(TestBackend::new(200, 50)).expect("a terminal");
    let shown = app.customers.list.shown();
    let mut group = c.benchmark_group("bulk support contacts");
    group.sample_size(10);
    group.bench_function(format!("on every shown customer ({shown}) of 100k, to the end"), |b| {
        b.iter(|| {
            // Mark all, the contacts form, tick the first contact, submit.
            for k in [KeyCode::Char('a'), KeyCode::Char('c'), KeyCode::Tab, KeyCode::Char(' '), KeyCode::Enter] {
                app.handle(key(k));
            }
            while app.job.is_some() {
                app.run_job_step().expect("a chunk");
                draw(&mut terminal, &app);
            }
        })
    });
    group.finish();
}

/// The in-app export (`x`) of every shown customer, streamed to disk on its own thread.
fn export(c: &mut Criterion) {
    use partnerdesk::app::job::Export;
    for (size, book) in books() {
        let app = app(Arc::clone(&book));
        let ids: Vec<_> =
            app.customers.list.visible().iter().map(|&i| app.customers.rows[i as usize].tenant_id).collect();
        let dir = tempfile::tempdir().expect("a folder");
        let mut group = c.benchmark_group(format!("in-app export at {size}"));
        group.sample_size(10);
        group.bench_function(format!("every shown customer ({})", ids.len()), |b| {
            b.iter(|| {
                let (export, task) = Export::start(
                    Arc::clone(&book),
                    ids.clone(),
                    dir.path().to_path_buf(),
                    "bench".into(),
                    Default::default(),
                );
                task.start();
                let job = partnerdesk::app::job::Job::export(export, ids.len());
                loop {
                    if let Some(done) = job.poll_export() {
                        break done.expect("the export");
                    }
                }
            })
        });
        group.finish();
    }
}

fn commit(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("a folder");
    let book = Book::create(&dir.path().join("bench.redb")).expect("a book");
    demo::generate(&book, DemoOptions { customers: 100_000, seed: 7, now: now() }, &stamp()).expect("the demo");
    let mut tenants = Vec::new();
    book.read()
        .expect("read")
        .customer_rows_while(|r| {
            tenants.push(r.tenant_id);
            tenants.len() < 1000
        })
        .expect("rows");
    let mut n = 0usize;
    c.bench_function("commit one audited change (durable), 100k customers", |b| {
        b.iter(|| {
            n += 1;
            let tenant = tenants[n % tenants.len()];
            book.write(&stamp(), |tx| {
                let Some(mut customer) = tx.customer(tenant)? else { return Ok(()) };
                let before = customer.address.clone();
                customer.address.line1 = format!("bench {n}");
                let after = tx.update_customer(&customer, partnerdesk::domain::ids::PartnerId(4_512_345))?;
                tx.audit("bench.change", after.primary_domain.as_str(), Some(&before), Some(&after.address))
            })
            .expect("a commit")
        });
    });
}

/// A server whose last session left closes the book's file (`Book::rest`) to give back its page
/// cache: what the next session's first read pays — opening the file again and reading one
/// customer by key — beside the same read on the open file.
fn rest(c: &mut Criterion) {
    for (size, book) in books() {
        let dir = tempfile::tempdir().expect("a folder");
        let path = dir.path().join("rest.redb");
        book.backup_to(&path).expect("a copy on disk");
        let book = Book::open(&path).expect("the copy");
        let mut first = None;
        book.read()
            .expect("read")
            .customer_rows_while(|r| {
                first = Some(r.tenant_id);
                false
            })
            .expect("rows");
        let tenant = first.expect("a customer");
        let mut group = c.benchmark_group(format!("the book resting, {size}"));
        group.bench_function("read one customer, the file open", |b| {
            b.iter(|| book.read().expect("read").customer(tenant).expect("a customer"))
        });
        group.bench_function("rest, then open the file again and read one customer", |b| {
            b.iter(|| {
                assert!(book.rest(), "nothing else reads it");
                book.read().expect("read").customer(tenant).expect("a customer")
            })
        });
        group.finish();
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30);
    targets = render, filter, fuzzy, subscription_jump, sort, collate, collated_patch, landing, jumps, bulk, export, commit, rest
}
criterion_main!(benches);
