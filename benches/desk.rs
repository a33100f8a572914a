//! Benchmarks for the figures of the performance issue: rendering, filtering, sorting and
//! committing on large books. `cargo bench --bench desk`; the whole-process start-up and
//! memory are measured by `benches/first-frame.sh`.

use chrono::TimeZone;
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use partnerdesk::app::list::FilteredList;
use partnerdesk::app::session::{FixedClock, Session};
use partnerdesk::app::{App, Event};
use partnerdesk::demo::{self, DemoOptions};
use partnerdesk::domain::ids::SessionId;
use partnerdesk::domain::search::fold;
use partnerdesk::store::{Book, Reads, Stamp};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::hint::black_box;
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
    app.poll_loading(true);
    app
}

/// Folded names like the demo's, `n` of them.
fn haystack(n: usize) -> Vec<String> {
    let words =
        ["Công ty TNHH", "Minh Phát", "Yıldız Teknoloji", "北京华通科技", "Contoso", "Đại Dương", "Sài Gòn", "Hà Nội"];
    (0..n)
        .map(|i| {
            fold(&format!("{} {} {} tenant{i}.onmicrosoft.com", words[i % 8], words[(i / 8) % 8], words[(i / 64) % 8]))
        })
        .collect()
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

fn filter(c: &mut Criterion) {
    for n in [100_000, 1_000_000] {
        let hay = haystack(n);
        c.bench_function(&format!("filter first keystroke, {n} customers"), |b| {
            b.iter_batched(
                || FilteredList::new(hay.clone()),
                |mut list| list.push_str(black_box("m")),
                BatchSize::LargeInput,
            );
        });
        c.bench_function(&format!("filter narrowing keystroke 'min' -> 'minh', {n} customers"), |b| {
            b.iter_batched(
                || {
                    let mut list = FilteredList::new(hay.clone());
                    list.push_str("min");
                    list
                },
                |mut list| list.push_str(black_box("h")),
                BatchSize::LargeInput,
            );
        });
    }
}

fn sort(c: &mut Criterion) {
    let mut app = app(book_100k());
    let sort = key(crossterm::event::KeyCode::Char('s'));
    // `s` alternates: the sorted column reversed, then the next column; the mean is of both.
    c.bench_function("s (reverse, then next column), 100k customers", |b| b.iter(|| app.handle(sort.clone())));
}

/// The keys that used to scroll one row at a time inside the frame: `G` from the top, a sort
/// whose selected row lands far away, `Esc` after a filter — each with the frame that follows.
fn jumps(c: &mut Criterion) {
    use crossterm::event::KeyCode;
    let mut books = vec![("100k", book_100k())];
    books.extend(book_1m().map(|b| ("1M", b)));
    for (size, book) in books {
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

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30);
    targets = render, filter, sort, jumps, commit
}
criterion_main!(benches);
