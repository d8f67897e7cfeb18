//! The interface's words checked over every field of both editions:
//! nothing empty, the terminology list, the Japanese register, counts
//! read right at 0, 1 and 61. (About 600 lines: the counters' expected
//! texts are written out, each edition's in full.)

use super::*;

/// A sample of what a field shows: fixed text as it is, each text of a
/// list, and a `fn` called with arguments a page could pass (counts of 61,
/// the years 1990 to 2023, a placeholder text). Implemented once per field
/// type, so a field of a new type fails to compile until it has a sample.
pub(super) trait Sample {
    fn sample(&self, field: &'static str, texts: &mut Vec<(&'static str, String)>);
}

impl Sample for &'static str {
    fn sample(&self, field: &'static str, texts: &mut Vec<(&'static str, String)>) {
        texts.push((field, (*self).to_owned()));
    }
}

impl<const N: usize> Sample for [&'static str; N] {
    fn sample(&self, field: &'static str, texts: &mut Vec<(&'static str, String)>) {
        texts.extend(self.iter().map(|text| (field, (*text).to_owned())));
    }
}

/// `impl Sample for fn(A, B) -> String`, calling it with the given arguments.
macro_rules! sample_fn {
    ($(fn($($arg:ty),*) => ($($value:expr),*);)*) => {$(
        impl Sample for fn($($arg),*) -> String {
            fn sample(&self, field: &'static str, texts: &mut Vec<(&'static str, String)>) {
                texts.push((field, self($($value),*)));
            }
        }
    )*};
}

sample_fn! {
    fn(&str) => ("x");
    fn(usize) => (61);
    fn(u16) => (404);
    fn(i32) => (2014);
    fn(i32, i32) => (1990, 2023);
    fn(&str, &str) => ("x", "x");
    fn(usize, usize) => (61, 61);
    fn(usize, &str) => (61, "x");
    fn(&str, usize) => ("x", 61);
    fn(&str, i32) => ("x", 1990);
    fn(Option<i32>, Option<i32>) => (Some(2013), Some(2013));
    fn(Option<&str>, i32) => (Some("2013"), 1990);
    fn(usize, &str, &str) => (61, "x", "x");
    fn(&str, &str, &str) => ("x", "x", "x");
    fn(i32, usize, usize) => (1990, 61, 61);
    fn(i32, usize, &str) => (1990, 61, "x");
    fn(usize, usize, Option<(i32, i32)>) => (61, 61, Some((1990, 2023)));
    fn(usize, &str, i32, i32) => (61, "x", 1990, 2023);
    fn(&str, i32, i32, &str) => ("x", 1990, 2023, "x");
    fn(i32, i32, usize, usize) => (1990, 2023, 61, 61);
    fn(i32, i32, usize, &str) => (1990, 2023, 61, "x");
    fn(&str, &str, &str, usize) => ("x", "x", "x", 61);
}

impl Sample for fn(&CitationParts) -> String {
    fn sample(&self, field: &'static str, texts: &mut Vec<(&'static str, String)>) {
        let parts = CitationParts {
            title: "x",
            url: "x",
            version: "x",
            date: "x",
            accessed: "x",
        };
        texts.push((field, self(&parts)));
    }
}

impl Sample for fn(&DatasetSummary) -> String {
    fn sample(&self, field: &'static str, texts: &mut Vec<(&'static str, String)>) {
        let summary = DatasetSummary {
            version: "x",
            date: "x",
            events: 61,
            topics: 61,
            actors: 61,
            debates: 61,
            acronyms: 61,
            documents: 61,
        };
        texts.push((field, self(&summary)));
    }
}

/// Fields empty in one edition by design: the Japanese edition offers no
/// other, and the English one has nothing untranslated.
const ONE_EDITION_ONLY: [&str; 4] = [
    "offer_other",
    "offer_other_link",
    "offer_other_dismiss",
    "untranslated_note",
];

/// Every string of an edition by field name (but those of one edition
/// only), the `fn` fields called with sample arguments.
fn every_text(s: &Strings) -> Vec<(&'static str, String)> {
    let mut texts = s.every_text();
    texts.retain(|(field, _)| !ONE_EDITION_ONLY.contains(field));
    texts
}

#[test]
fn no_string_is_empty() {
    for (edition, table) in [("EN", &EN), ("JA", &JA)] {
        for (field, text) in every_text(table) {
            assert!(!text.trim().is_empty(), "{edition}.{field} is empty");
        }
    }
}

#[test]
fn the_interface_follows_the_terminology_list() {
    use crate::data::terms::{misuses, Terms, BUNDLED_TERMS};
    let terms = Terms::parse(&BUNDLED_TERMS).unwrap();
    for (table, list) in [(&EN, &terms.en), (&JA, &terms.ja)] {
        for (field, text) in every_text(table) {
            let found = misuses(&text, list);
            assert!(found.is_empty(), "{field}: {text:?} uses {found:?}");
        }
    }
}

/// Japanese interface prose is in one register, です・ます: a sentence
/// ends in a polite form or a noun (a heading, a description's list),
/// never in a plain verb or だ/である form.
#[test]
fn japanese_interface_sentences_are_in_desu_masu() {
    const POLITE: [&str; 6] = ["ます", "ました", "です", "でした", "ません", "ください"];
    // The last kana of a plain sentence: 与えた, 示す, できる, 基づく, だ.
    const PLAIN: [char; 10] = ['た', 'だ', 'る', 'う', 'く', 'す', 'つ', 'む', 'ぶ', 'ぐ'];
    let mut plain = Vec::new();
    for (field, text) in every_text(&JA) {
        for sentence in text.split_inclusive('。') {
            let Some(body) = sentence.strip_suffix('。') else {
                continue;
            };
            let body = body.trim_end_matches(['）', '」']);
            if !POLITE.iter().any(|ending| body.ends_with(ending))
                && (body.ends_with(PLAIN) || body.ends_with("ない"))
            {
                plain.push(format!("{field}: {sentence}"));
            }
        }
    }
    assert!(plain.is_empty(), "in the plain form:\n{}", plain.join("\n"));
}

/// Counts read "出来事12件" (the thing, then how many) everywhere, never
/// "12件の出来事".
#[test]
fn japanese_counts_name_the_thing_first() {
    for (field, text) in every_text(&JA) {
        assert!(
            !text.contains("件の出来事"),
            "{field}: {text:?} puts the count first"
        );
    }
}

/// A Japanese sentence shows a Japanese date, never an ISO one.
#[test]
fn japanese_dates_are_written_in_japanese() {
    let date = crate::data::DateSpec::parse("2026-11-21").unwrap();
    let shown = JA.date(&date);
    assert_eq!(shown, "2026年11月21日");
    let footer = (JA.footer)(5, "1.2.0", &shown);
    assert!(footer.contains("2026年11月21日") && !footer.contains("2026-11-21"));
}

#[test]
fn only_the_english_edition_offers_the_other_and_only_the_japanese_has_untranslated_records() {
    assert!(!EN.offer_other.is_empty() && !EN.offer_other_link.is_empty());
    assert!(!EN.offer_other_dismiss.is_empty() && JA.offer_other_dismiss.is_empty());
    assert!(JA.offer_other.is_empty() && JA.offer_other_link.is_empty());
    assert!(EN.untranslated_note.is_empty() && !JA.untranslated_note.is_empty());
}

#[test]
fn each_edition_has_its_table() {
    assert_eq!(
        strings(Lang::En).site_name,
        "Japan–NATO Partnership Explorer"
    );
    assert_eq!(
        strings(Lang::Ja).site_name,
        "日NATOパートナーシップ・エクスプローラー"
    );
    assert_eq!(strings(Lang::Ja).nav_chronology, "年表");
}

/// A text with a count, at 0, 1 and 61, in English and in Japanese.
fn at_0_1_61(
    en: impl Fn(usize) -> String,
    ja: impl Fn(usize) -> String,
    expected: [(&str, &str); 3],
) {
    for (n, (en_text, ja_text)) in [0, 1, 61].into_iter().zip(expected) {
        assert_eq!(en(n), en_text, "EN at {n}");
        assert_eq!(ja(n), ja_text, "JA at {n}");
    }
}

#[test]
fn counts_of_events_read_right_at_0_1_and_61() {
    at_0_1_61(
        EN.events,
        JA.events,
        [
            ("0 events", "出来事0件"),
            ("1 event", "出来事1件"),
            ("61 events", "出来事61件"),
        ],
    );
    at_0_1_61(
        EN.result_count,
        JA.result_count,
        [
            ("No events match", "該当する出来事はありません"),
            ("1 event", "出来事1件"),
            ("61 events", "出来事61件"),
        ],
    );
    at_0_1_61(
        |n| (EN.downloaded)(n, "CSV"),
        |n| (JA.downloaded)(n, "CSV"),
        [
            (
                "Downloaded 0 events as CSV",
                "出来事0件をCSV形式でダウンロードしました",
            ),
            (
                "Downloaded 1 event as CSV",
                "出来事1件をCSV形式でダウンロードしました",
            ),
            (
                "Downloaded 61 events as CSV",
                "出来事61件をCSV形式でダウンロードしました",
            ),
        ],
    );
    at_0_1_61(
        |n| (EN.show_more)(n, 61),
        |n| (JA.show_more)(n, 61),
        [
            (
                "Show more (0 of 61 shown)",
                "さらに表示（61件中0件を表示中）",
            ),
            (
                "Show more (1 of 61 shown)",
                "さらに表示（61件中1件を表示中）",
            ),
            (
                "Show more (61 of 61 shown)",
                "さらに表示（61件中61件を表示中）",
            ),
        ],
    );
    at_0_1_61(
        |n| (EN.no_app_first_shown)(n, 61),
        |n| (JA.no_app_first_shown)(n, 61),
        [
            (
                " The first 0 of 61 are shown; each event has its own page.",
                "全61件のうち最初の0件を表示しています。各出来事には個別のページがあります。",
            ),
            (
                " The first 1 of 61 are shown; each event has its own page.",
                "全61件のうち最初の1件を表示しています。各出来事には個別のページがあります。",
            ),
            (
                " The first 61 of 61 are shown; each event has its own page.",
                "全61件のうち最初の61件を表示しています。各出来事には個別のページがあります。",
            ),
        ],
    );
    at_0_1_61(
        |n| {
            (EN.topic_card_counts)(
                n,
                n,
                [None, Some((2013, 2013))]
                    .get(n)
                    .copied()
                    .unwrap_or(Some((1990, 2023))),
            )
        },
        |n| {
            (JA.topic_card_counts)(
                n,
                n,
                [None, Some((2013, 2013))]
                    .get(n)
                    .copied()
                    .unwrap_or(Some((1990, 2023))),
            )
        },
        [
            ("0 events · 0 debates", "出来事0件 · 論点0件"),
            ("1 event · 1 debate · 2013", "出来事1件 · 論点1件 · 2013年"),
            (
                "61 events · 61 debates · 1990–2023",
                "出来事61件 · 論点61件 · 1990〜2023年",
            ),
        ],
    );
    at_0_1_61(
        |n| (EN.source_card_meta)("Commentary", "2023", "published", n),
        |n| (JA.source_card_meta)("論評", "2023年", "公開日", n),
        [
            (
                "Commentary · 2023 (published) · cited by 0 events",
                "論評 · 2023年（公開日） · 引用する出来事0件",
            ),
            (
                "Commentary · 2023 (published) · cited by 1 event",
                "論評 · 2023年（公開日） · 引用する出来事1件",
            ),
            (
                "Commentary · 2023 (published) · cited by 61 events",
                "論評 · 2023年（公開日） · 引用する出来事61件",
            ),
        ],
    );
    at_0_1_61(
        EN.source_events_heading,
        JA.source_events_heading,
        [
            ("Events citing it (0)", "この資料を引用する出来事（0件）"),
            ("Events citing it (1)", "この資料を引用する出来事（1件）"),
            ("Events citing it (61)", "この資料を引用する出来事（61件）"),
        ],
    );
    at_0_1_61(
        EN.source_first_shown,
        JA.source_first_shown,
        [
            (
                "The first 0 are shown here; ",
                "ここでは最初の0件を表示しています。",
            ),
            (
                "The first 1 are shown here; ",
                "ここでは最初の1件を表示しています。",
            ),
            (
                "The first 61 are shown here; ",
                "ここでは最初の61件を表示しています。",
            ),
        ],
    );
    at_0_1_61(
        EN.source_open_all,
        JA.source_open_all,
        [
            (
                "open all 0 in the chronology, with filters",
                "全0件を年表で開く（絞り込み可）",
            ),
            (
                "open all 1 in the chronology, with filters",
                "全1件を年表で開く（絞り込み可）",
            ),
            (
                "open all 61 in the chronology, with filters",
                "全61件を年表で開く（絞り込み可）",
            ),
        ],
    );
}

#[test]
fn chart_counts_read_right_at_0_1_and_61() {
    at_0_1_61(
        |n| (EN.chart_caption)(1990, 2023, n, 61),
        |n| (JA.chart_caption)(1990, 2023, n, 61),
        [
            (
                "1990–2023: 0 of 61 events match.",
                "1990〜2023年：出来事61件中0件が該当。",
            ),
            (
                "1990–2023: 1 of 61 events matches.",
                "1990〜2023年：出来事61件中1件が該当。",
            ),
            ("1990–2023: 61 events.", "1990〜2023年：出来事61件。"),
        ],
    );
    at_0_1_61(
        |n| (EN.era_key_filtered)(61, n),
        |n| (JA.era_key_filtered)(61, n),
        [
            ("61 events, 0 matching", "出来事61件、うち該当0件"),
            ("61 events, 1 matching", "出来事61件、うち該当1件"),
            ("61 events, 61 matching", "出来事61件、うち該当61件"),
        ],
    );
    at_0_1_61(
        |n| (EN.bar_label)(2014, 61, n),
        |n| (JA.bar_label)(2014, 61, n),
        [
            (
                "2014: 61 events, 0 match",
                "2014年：出来事61件、うち該当0件",
            ),
            (
                "2014: 61 events, 1 matches",
                "2014年：出来事61件、うち該当1件",
            ),
            (
                "2014: 61 events, 61 match",
                "2014年：出来事61件、うち該当61件",
            ),
        ],
    );
    at_0_1_61(
        |n| (EN.year_bar_label)(2014, n, "…"),
        |n| (JA.year_bar_label)(2014, n, "…"),
        [
            ("2014: 0 events (…)", "2014年：出来事0件（…）"),
            ("2014: 1 event (…)", "2014年：出来事1件（…）"),
            ("2014: 61 events (…)", "2014年：出来事61件（…）"),
        ],
    );
    at_0_1_61(
        |n| (EN.year_bar_part)(n, EN.group_framework_short),
        |n| (JA.year_bar_part)(n, JA.group_framework_short),
        [
            ("0 agreements, meetings and policy", "協定・会合・政策0件"),
            ("1 agreements, meetings and policy", "協定・会合・政策1件"),
            ("61 agreements, meetings and policy", "協定・会合・政策61件"),
        ],
    );
    at_0_1_61(
        |n| (EN.sparkline_label)(1990, 2023, n, "2014"),
        |n| (JA.sparkline_label)(1990, 2023, n, "2014"),
        [
            (
                "Events per year, 1990–2023; most (0) in 2014",
                "年ごとの出来事数（1990〜2023年）。最多は2014年の0件",
            ),
            (
                "Events per year, 1990–2023; most (1) in 2014",
                "年ごとの出来事数（1990〜2023年）。最多は2014年の1件",
            ),
            (
                "Events per year, 1990–2023; most (61) in 2014",
                "年ごとの出来事数（1990〜2023年）。最多は2014年の61件",
            ),
        ],
    );
}

#[test]
fn one_event_of_one_reads_right() {
    assert_eq!((EN.chart_caption)(2014, 2014, 1, 1), "2014–2014: 1 event.");
    assert_eq!(
        (EN.chart_caption)(1990, 2023, 0, 1),
        "1990–2023: 0 of 1 event match."
    );
    assert_eq!((EN.era_key_filtered)(1, 0), "1 event, 0 matching");
    assert_eq!((EN.bar_label)(2014, 1, 1), "2014: 1 event, 1 matches");
    assert_eq!((JA.chart_caption)(2014, 2014, 1, 1), "2014年：出来事1件。");
    assert_eq!(
        (JA.chart_caption)(1990, 2023, 0, 1),
        "1990〜2023年：出来事1件中0件が該当。"
    );
    assert_eq!((JA.era_years)(2013, 2013), "2013年");
    assert_eq!((JA.era_years)(1990, 2023), "1990〜2023年");
    assert_eq!(
        (JA.figure_years_value)("1990年代前半", 2023),
        "1990年代前半〜2023年"
    );
    assert_eq!(
        (JA.figure_years_value)("2013年4月", 2023),
        "2013年4月〜2023年"
    );
    assert_eq!((JA.figure_years_value)("2013年", 2023), "2013〜2023年");
    assert_eq!((JA.figure_years_value)("2023年", 2023), "2023年");
    assert!((JA.footer)(1, "1.0", "2025-01-01").contains("1点の公開資料に基づき"));
    assert!((JA.footer)(61, "1.0", "2025-01-01").contains("61点の公開資料のいずれかに基づき"));
}

#[test]
fn small_counts_read_right_at_0_1_and_61() {
    at_0_1_61(
        EN.filters_active_long,
        JA.filters_active_long,
        [
            (" (0 active)", "（0件を適用中）"),
            (" (1 active)", "（1件を適用中）"),
            (" (61 active)", "（61件を適用中）"),
        ],
    );
    at_0_1_61(
        EN.filters_active_brief,
        JA.filters_active_brief,
        [(" (0)", "（0）"), (" (1)", "（1）"), (" (61)", "（61）")],
    );
    at_0_1_61(
        EN.count_in_parens,
        JA.count_in_parens,
        [("(0)", "（0）"), ("(1)", "（1）"), ("(61)", "（61）")],
    );
    at_0_1_61(
        |n| (EN.dataset_invalid)("bad", n),
        |n| (JA.dataset_invalid)("bad", n),
        [
            (
                "the newer dataset is not valid: bad.",
                "新しいデータセットに問題があります：bad。",
            ),
            (
                "the newer dataset is not valid: bad.",
                "新しいデータセットに問題があります：bad。",
            ),
            (
                "the newer dataset is not valid: bad (and 60 more problems).",
                "新しいデータセットに問題があります：bad（ほか60件）。",
            ),
        ],
    );
}

#[test]
fn counts_of_documents_read_right_at_0_1_and_61() {
    // English running prose spells counts up to twelve out.
    for (n, words, ja) in [(0, "no", "0点"), (1, "one", "1点"), (61, "61", "61点")] {
        assert_eq!(
            (EN.sources_description)(n),
            format!("The {words} public documents every statement in the Japan–NATO Partnership Explorer is drawn from.")
        );
        assert_eq!(
            (EN.home_sources_before)(n),
            format!(
                "This explorer follows that story through {words} public documents, listed under "
            )
        );
        assert_eq!(
            (EN.about_method_before)(n),
            format!("Everything here comes from {words} public documents, listed under ")
        );
        assert!((EN.footer)(n, "1.0", "2025-01-01").contains(&format!(
            " one of {words} public source documents. Dataset version 1.0 of 2025-01-01."
        )));
        assert!((EN.sources_lead)(n).contains(&format!(" these {words} documents ")));
        assert_eq!(
            (JA.sources_description)(n),
            format!("日NATOパートナーシップ・エクスプローラーのすべての記述の典拠である{ja}の公開資料。")
        );
        assert!((JA.home_sources_after)(n).starts_with(&format!("に挙げる{ja}の公開資料")));
        assert!((JA.about_method_after)(n).starts_with(&format!("に挙げる{ja}の公開資料")));
        assert!((JA.footer)(n, "1.0", "2025-01-01").contains(&format!("{ja}の公開資料")));
        let these = if n == 1 { "この" } else { "これら" };
        assert!((JA.sources_lead)(n).contains(&format!("{these}{ja}の資料")));
    }
    assert_eq!(
        (EN.about_version)(&DatasetSummary { version: "1.0", date: "2025-01-01", events: 61, topics: 1, actors: 0, debates: 61, acronyms: 1, documents: 5 }),
        "Dataset version 1.0, of 2025-01-01: 61 events, 1 topic, 0 actors, 61 debates and 1 acronym from 5 documents."
    );
    assert_eq!(
        (EN.about_version)(&DatasetSummary { version: "1.0", date: "2025-01-01", events: 1, topics: 1, actors: 1, debates: 1, acronyms: 1, documents: 1 }),
        "Dataset version 1.0, of 2025-01-01: 1 event, 1 topic, 1 actor, 1 debate and 1 acronym from 1 document."
    );
    assert_eq!(
        (JA.about_version)(&DatasetSummary { version: "1.0", date: "2025-01-01", events: 61, topics: 1, actors: 0, debates: 61, acronyms: 1, documents: 5 }),
        "データセット バージョン1.0（2025-01-01）：出来事61件、テーマ1件、関係者0件、論点61件、略語1件。資料5点に基づきます。"
    );
}

#[test]
fn years_and_coverage_read_right() {
    assert_eq!(
        (EN.coverage)(Some("early 1990s"), 2023),
        "from the early 1990s to 2023"
    );
    assert_eq!((EN.coverage)(Some("2013"), 2023), "from 2013 to 2023");
    assert_eq!((EN.coverage)(Some("2023"), 2023), "in 2023");
    assert_eq!((EN.coverage)(None, 2023), "(no events yet)");
    assert_eq!(
        (JA.coverage)(Some("1990年代前半"), 2023),
        "1990年代前半から2023年まで"
    );
    assert_eq!((JA.coverage)(Some("2023年"), 2023), "2023年");
    assert_eq!((JA.coverage)(None, 2023), "出来事はまだありません");
    for (from, to, en, ja) in [
        (Some(2013), Some(2013), "2013", "2013年"),
        (Some(2013), Some(2020), "2013–2020", "2013〜2020年"),
        (Some(2013), None, "from 2013", "2013年以降"),
        (None, Some(2020), "up to 2020", "2020年まで"),
    ] {
        assert_eq!((EN.chip_years_value)(from, to), en);
        assert_eq!((JA.chip_years_value)(from, to), ja);
    }
    assert_eq!(
        (EN.document_title)("Chronology"),
        "Chronology · Japan–NATO Partnership Explorer"
    );
    assert_eq!((EN.document_title)(EN.site_name), EN.site_name);
    assert_eq!(
        (JA.document_title)("年表"),
        "年表 | 日NATOパートナーシップ・エクスプローラー"
    );
    assert_eq!(
        (EN.citation)(&CitationParts { title: "Chronology", url: "https://example.org/timeline", version: "1.0", date: "2025-01-01", accessed: "2025-02-03" }),
        "“Chronology”. Japan–NATO Partnership Explorer, dataset version 1.0 (2025-01-01). https://example.org/timeline (accessed 2025-02-03)."
    );
}

/// Each kind's label is its own field: all different, none empty, in both
/// editions (a label read from the wrong field would repeat another).
#[test]
fn each_kind_has_its_own_label() {
    use crate::data::{DateKind, EventType, SourceKind};
    use crate::logic::timeline::TypeGroup;
    fn distinct(what: &str, labels: Vec<&str>) {
        let mut unique = labels.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), labels.len(), "{what}: {labels:?}");
        assert!(
            labels.iter().all(|l| !l.trim().is_empty()),
            "{what}: {labels:?}"
        );
    }
    for s in [&EN, &JA] {
        distinct("types", EventType::ALL.map(|k| s.event_type(k)).to_vec());
        let sources = [
            SourceKind::Official,
            SourceKind::AcademicProject,
            SourceKind::Commentary,
            SourceKind::Analysis,
        ];
        distinct("sources", sources.map(|k| s.source_kind(k)).to_vec());
        let dates = [
            DateKind::Published,
            DateKind::LastUpdated,
            DateKind::Inferred,
        ];
        distinct("dates", dates.map(|k| s.date_kind(k)).to_vec());
        distinct("groups", TypeGroup::ALL.map(|g| s.group(g)).to_vec());
        distinct("short", TypeGroup::ALL.map(|g| s.group_short(g)).to_vec());
        distinct("brief", TypeGroup::ALL.map(|g| s.group_brief(g)).to_vec());
    }
    assert_eq!(EN.event_type(EventType::Exercise), "Exercise");
    assert_eq!(JA.event_type(EventType::Exercise), "演習");
    assert_eq!(
        EN.source_kind(SourceKind::Official),
        EN.source_kind_official
    );
    assert_eq!(EN.date_kind(DateKind::Inferred), EN.date_kind_inferred);
}
