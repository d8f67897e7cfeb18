//! The interface's words, both editions side by side, one entry per field
//! (see [`strings_table!`](super) for the form). It is long because it is
//! the whole interface: about 260 texts in two languages; everything else
//! about strings lives in `mod.rs`.

use super::{english_type_label, CitationParts, DatasetSummary, Lang};
use crate::data::EventType;

// ------------------------------------------------------------- English

const EN_SITE_NAME: &str = "Japan–NATO Partnership Explorer";

/// A count as English running prose writes it: words up to twelve, digits
/// beyond (`pages::count_in_words`).
fn en_count_in_words(n: usize) -> String {
    const WORDS: [&str; 13] = [
        "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve",
    ];
    WORDS
        .get(n)
        .map_or_else(|| n.to_string(), |w| (*w).to_owned())
}

/// The plural ending of a count's noun.
fn en_s(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

fn en_events(n: usize) -> String {
    format!("{n} event{}", en_s(n))
}

/// The verb after a count of matching events: "1 matches", "2 match".
fn en_match(n: usize) -> &'static str {
    if n == 1 {
        "matches"
    } else {
        "match"
    }
}

// ------------------------------------------------------------ Japanese

const JA_SITE_NAME: &str = "日NATOパートナーシップ・エクスプローラー";

fn ja_events(n: usize) -> String {
    format!("出来事{n}件")
}

/// A span of years: "2013年", "1990〜2023年".
fn ja_years(from: i32, to: i32) -> String {
    if from == to {
        format!("{from}年")
    } else {
        format!("{from}〜{to}年")
    }
}

// --------------------------------------------------------------- the table

strings_table! {
    // ---------------------------------------------------------------- frame
    /// The site's name: the header's brand link, the embed bar, the home
    /// page's `h1` and title, and the end of every document title.
    site_name: &'static str {
        en: EN_SITE_NAME,
        ja: JA_SITE_NAME,
    },
    /// The document title of a page: its title and the site's name (the
    /// site's name alone for the home page). Argument: the page's title.
    document_title: fn(&str) -> String {
        en: |title| {
            if title == EN_SITE_NAME {
                title.to_owned()
            } else {
                format!("{title} · {EN_SITE_NAME}")
            }
        },
        ja: |title| {
            if title == JA_SITE_NAME {
                title.to_owned()
            } else {
                format!("{title} | {JA_SITE_NAME}")
            }
        },
    },
    /// The skip link before the header, to `<main>`.
    skip_link: &'static str {
        en: "Skip to content",
        ja: "本文へスキップ",
    },
    /// The `aria-label` of the header's `<nav>`.
    nav_label: &'static str {
        en: "Main",
        ja: "メイン",
    },
    /// Header navigation: the overview (`/`).
    nav_overview: &'static str {
        en: "Overview",
        ja: "概要",
    },
    /// Header navigation: the chronology (`/timeline`).
    nav_chronology: &'static str {
        en: "Chronology",
        ja: "年表",
    },
    /// Header navigation: the guided story (`/story`).
    nav_story: &'static str {
        en: "Story",
        ja: "ストーリー",
    },
    /// Header navigation: the map (`/map`).
    nav_map: &'static str {
        en: "Map",
        ja: "地図",
    },
    /// The phone header's button that shows and hides the navigation.
    nav_menu: &'static str {
        en: "Menu",
        ja: "メニュー",
    },
    /// Header navigation: the topics (`/topics`).
    nav_topics: &'static str {
        en: "Topics",
        ja: "テーマ",
    },
    /// Header navigation: the debates (`/perspectives`).
    nav_debates: &'static str {
        en: "Debates",
        ja: "論点",
    },
    /// Header navigation: the sources (`/sources`).
    nav_sources: &'static str {
        en: "Sources",
        ja: "資料",
    },
    /// Header navigation: about (`/about`).
    nav_about: &'static str {
        en: "About",
        ja: "このサイトについて",
    },
    /// Embed mode's bar: the link to the same view in the full explorer.
    embed_open_full: &'static str {
        en: "Open the full explorer",
        ja: "エクスプローラー本体で開く",
    },
    /// Embed mode's bar: visually hidden after that link.
    opens_in_new_tab: &'static str {
        en: " (opens in a new tab)",
        ja: "（新しいタブで開く）",
    },
    /// The footer's sentence. Arguments: how many source documents, the
    /// dataset's version, the dataset's date (in the edition's form:
    /// [`Strings::date`]).
    footer: fn(usize, &str, &str) -> String {
        en: |sources, version, date| {
            format!(
                "Every statement here is drawn from, and quotes, one of {} public source documents. Dataset version {version} of {date}.",
                en_count_in_words(sources)
            )
        },
        ja: |sources, version, date| {
            let which = if sources == 1 { "" } else { "のいずれか" };
            format!("このサイトの記述はすべて、{sources}点の公開資料{which}に基づき、その資料を引用しています。データセット バージョン{version}（{date}）。")
        },
    },
    /// The footer's link to `/about`.
    footer_link: &'static str {
        en: "Method and how to cite",
        ja: "作成方法と引用のしかた",
    },

    // -------------------------------------------------------------- notices
    /// Notice when a new build is waiting, before the reload button.
    update_available: &'static str {
        en: "A new version is available — ",
        ja: "新しいバージョンがあります。",
    },
    /// The button in that notice.
    update_reload: &'static str {
        en: "reload",
        ja: "再読み込み",
    },
    /// Notice while the browser is offline.
    offline: &'static str {
        en: "You are offline. Everything in the explorer still works.",
        ja: "オフラインです。エクスプローラーの機能はすべてそのまま使えます。",
    },
    /// Dataset notice: a newer dataset is in use. Argument: its version.
    dataset_switched: fn(&str) -> String {
        en: |version| {
            format!("Showing dataset version {version}, published after this app was built.")
        },
        ja: |version| {
            format!("このアプリの作成後に公開されたデータセット（バージョン{version}）を表示しています。")
        },
    },
    /// Dataset notice: the bundled data stays. Arguments: the bundled
    /// version, and why (one of the reasons below).
    dataset_kept: fn(&str, &str) -> String {
        en: |version, why| format!("Showing the bundled data (version {version}): {why}"),
        ja: |version, why| format!("同梱のデータ（バージョン{version}）を表示しています：{why}"),
    },
    /// Reason: the newer dataset could not be loaded. Arguments: its
    /// address, and what went wrong (one of the three `fetch_` texts).
    dataset_fetch_failed: fn(&str, &str) -> String {
        en: |url, why| format!("the newer dataset at {url} {why}."),
        ja: |url, why| {
            format!("{url} の新しいデータセットを読み込めませんでした（{why}）。")
        },
    },
    /// What went wrong fetching: no response. Argument: the error.
    fetch_unreachable: fn(&str) -> String {
        en: |err| format!("could not be fetched ({err})"),
        ja: |err| format!("取得に失敗：{err}"),
    },
    /// What went wrong fetching: an HTTP error. Argument: the status.
    fetch_http: fn(u16) -> String {
        en: |status| format!("answered HTTP {status}"),
        ja: |status| format!("HTTPステータス{status}"),
    },
    /// What went wrong fetching: the body could not be read. Argument: the error.
    fetch_unreadable: fn(&str) -> String {
        en: |err| format!("could not be read ({err})"),
        ja: |err| format!("読み取りに失敗：{err}"),
    },
    /// Reason: the configuration file is not JSON. Arguments: its name
    /// (`explorer-config.json`), the parser's error.
    config_not_json: fn(&str, &str) -> String {
        en: |file, err| format!("{file} is not valid JSON ({err})."),
        ja: |file, err| format!("{file} は有効なJSONではありません（{err}）。"),
    },
    /// Reason: the configuration file is not an object. Argument: its name.
    config_not_object: fn(&str) -> String {
        en: |file| format!("{file} is not a JSON object."),
        ja: |file| format!("{file} はJSONオブジェクトではありません。"),
    },
    /// Reason: the configuration's `datasetUrl` is not a URL. Argument: its name.
    config_bad_url: fn(&str) -> String {
        en: |file| format!("{file} has a datasetUrl that is not a URL."),
        ja: |file| format!("{file} の datasetUrl がURLではありません。"),
    },
    /// Reason: the newer dataset failed validation. Arguments: the first
    /// problem (the validator's own English text), how many problems in all.
    dataset_invalid: fn(&str, usize) -> String {
        en: |first, problems| {
            let more = match problems {
                0 | 1 => String::new(),
                n => format!(" (and {} more problems)", n - 1),
            };
            format!("the newer dataset is not valid: {first}{more}.")
        },
        ja: |first, problems| {
            let more = match problems {
                0 | 1 => String::new(),
                n => format!("（ほか{}件）", n - 1),
            };
            format!("新しいデータセットに問題があります：{first}{more}。")
        },
    },

    // ----------------------------------------------------- page heads (h1s)
    /// The home page's meta description (also in `index.html`).
    home_description: &'static str {
        en: "How Japan and NATO came to work together, what they cooperate on, and what analysts argue about it: a sourced chronology and topic explorer.",
        ja: "日本とNATOはどのように協力するようになったのか、何に取り組み、専門家は何を論じているのか。出典付きの年表とテーマでたどります。",
    },
    /// `/timeline`: `h1` and document title.
    timeline_title: &'static str {
        en: "Chronology",
        ja: "年表",
    },
    /// `/timeline`: the title a citation names while filters are active.
    timeline_title_filtered: &'static str {
        en: "Chronology (filtered)",
        ja: "年表（絞り込み済み）",
    },
    /// `/timeline`: meta description. Argument: the coverage ([`Strings::coverage`]).
    timeline_description: fn(&str) -> String {
        en: |coverage| {
            format!("Every dated step of the Japan–NATO partnership {coverage}, each with its sources, searchable and filterable.")
        },
        ja: |coverage| {
            format!("日NATOパートナーシップの日付のわかる歩みのすべて（{coverage}）。各出来事に出典を付し、検索・絞り込みができます。")
        },
    },
    /// The span of the chronology, in the timeline's lead and description.
    /// Arguments: the first event's date as the edition writes it (none
    /// without events), the last year any event reaches.
    coverage: fn(Option<&str>, i32) -> String {
        en: |first, last_year| {
            // A decade reads with an article: "from the early 1990s", "from 2013".
            let first = first.map(|date| {
                if date.ends_with('s') {
                    format!("the {date}")
                } else {
                    date.to_owned()
                }
            });
            match first {
                Some(first) if first != last_year.to_string() => {
                    format!("from {first} to {last_year}")
                }
                Some(first) => format!("in {first}"),
                None => "(no events yet)".to_owned(),
            }
        },
        ja: |first, last_year| match first {
            Some(first) if first != format!("{last_year}年") => {
                format!("{first}から{last_year}年まで")
            }
            Some(first) => first.to_owned(),
            None => "出来事はまだありません".to_owned(),
        },
    },
    /// `/topics`: `h1` and document title.
    topics_title: &'static str {
        en: "Topics",
        ja: "テーマ",
    },
    /// `/topics`: meta description.
    topics_description: &'static str {
        en: "The areas in which Japan and NATO cooperate, and the themes analysts discuss, each with its events and sources.",
        ja: "日本とNATOが協力する分野と、専門家が論じるテーマ。それぞれに関連する出来事と資料を示します。",
    },
    /// `/sources`: `h1` and document title.
    sources_title: &'static str {
        en: "Sources",
        ja: "資料",
    },
    /// `/sources`: meta description. Argument: how many sources.
    sources_description: fn(usize) -> String {
        en: |n| {
            format!(
                "The {} public documents every statement in the Japan–NATO Partnership Explorer is drawn from.",
                en_count_in_words(n)
            )
        },
        ja: |n| {
            format!("日NATOパートナーシップ・エクスプローラーのすべての記述の典拠である{n}点の公開資料。")
        },
    },
    /// `/perspectives`: `h1` and document title.
    perspectives_title: &'static str {
        en: "Debates and open questions",
        ja: "論点と未解決の問い",
    },
    /// `/perspectives`: meta description.
    perspectives_description: &'static str {
        en: "What analysts and officials argue about the Japan–NATO partnership: will it last, China and Russia, Article 5, and more — each position quoted from its source.",
        ja: "日NATOパートナーシップについて専門家や当局者が論じていること。関係は続くのか、中国とロシア、第5条など。各立場を資料から引用して示します。",
    },
    /// `/about`: `h1` and document title.
    about_title: &'static str {
        en: "About this explorer",
        ja: "このエクスプローラーについて",
    },
    /// `/about`: meta description.
    about_description: &'static str {
        en: "What the Japan–NATO Partnership Explorer is, how it was made, how to cite and embed it, and the dataset version.",
        ja: "日NATOパートナーシップ・エクスプローラーとは何か、どのように作られたか、引用と埋め込みの方法、データセットのバージョン。",
    },
    /// The not-found page (and `404.html`): `h1` and document title.
    not_found_title: &'static str {
        en: "Page not found",
        ja: "ページが見つかりません",
    },
    /// The not-found page: meta description.
    not_found_description: &'static str {
        en: "This page does not exist in the Japan–NATO Partnership Explorer.",
        ja: "このページは日NATOパートナーシップ・エクスプローラーにありません。",
    },

    // ------------------------------------------------------------- overview
    /// Overview: the lead paragraph.
    home_lead: &'static str {
        en: "NATO and Japan have been in dialogue and cooperation since the early 1990s. A Joint Political Declaration in 2013 and a partnership and cooperation programme in 2014 gave the relationship a framework. After Russia's aggression against Ukraine, Prime Minister Kishida Fumio attended NATO's 2023 summit in Vilnius, where Japan signed a new, individually tailored partnership programme with NATO.",
        ja: "北大西洋条約機構（NATO）と日本は、1990年代前半から対話と協力を続けてきました。2013年の日NATO共同政治宣言と2014年の国別パートナーシップ協力計画が、関係の枠組みとなりました。ロシアによるウクライナ侵略の後、岸田文雄首相は2023年にビリニュスで開かれたNATO首脳会合に出席し、日本はそこでNATOと新たな国別適合パートナーシップ計画に署名しました。",
    },
    /// Overview, second paragraph: before the link to `/sources`.
    /// Argument: how many sources.
    home_sources_before: fn(usize) -> String {
        en: |n| {
            format!(
                "This explorer follows that story through {} public documents, listed under ",
                en_count_in_words(n)
            )
        },
        ja: |_| "本エクスプローラーは、".to_owned(),
    },
    /// Overview, second paragraph: the link to `/sources`.
    home_sources_link: &'static str {
        en: "Sources",
        ja: "資料一覧",
    },
    /// Overview, second paragraph: after the link. Argument: how many sources.
    home_sources_after: fn(usize) -> String {
        en: |_| ", and quotes them for every statement it makes.".to_owned(),
        ja: |n| {
            format!("に挙げる{n}点の公開資料をもとにこの経緯をたどり、すべての記述にその引用を添えています。")
        },
    },
    /// Overview: the button to the chronology.
    home_cta_chronology: &'static str {
        en: "Read the chronology",
        ja: "年表を読む",
    },
    /// Overview: the button to the debates.
    home_cta_debates: &'static str {
        en: "See the debates",
        ja: "論点を見る",
    },
    /// Overview: the heading above the events-per-year chart.
    home_glance_heading: &'static str {
        en: "The partnership at a glance",
        ja: "パートナーシップの概観",
    },
    /// Overview: the heading of the key figures.
    home_figures_heading: &'static str {
        en: "In figures",
        ja: "数字で見る",
    },
    /// Key figures: how many events.
    figure_events: &'static str {
        en: "Events",
        ja: "出来事",
    },
    /// Key figures: the years covered.
    figure_years: &'static str {
        en: "Years covered",
        ja: "対象期間",
    },
    /// Key figures: the years covered, its value. Arguments: the first
    /// event's date as the edition writes it, the last year.
    figure_years_value: fn(&str, i32) -> String {
        en: |first, last_year| format!("{first} – {last_year}"),
        ja: |first, last_year| {
            // A plain year shares the 年 of the last: "2013〜2023年".
            match first.strip_suffix('年') {
                Some(year) if year.parse::<i32>() == Ok(last_year) => first.to_owned(),
                Some(year) if year.parse::<i32>().is_ok() => format!("{year}〜{last_year}年"),
                _ => format!("{first}〜{last_year}年"),
            }
        },
    },
    /// Key figures: how many topics.
    figure_topics: &'static str {
        en: "Topics",
        ja: "テーマ",
    },
    /// Key figures: how many source documents.
    figure_sources: &'static str {
        en: "Source documents",
        ja: "資料",
    },
    /// Key figures: how many quotes.
    figure_quotes: &'static str {
        en: "Quotes behind them",
        ja: "裏付けとなる引用",
    },
    /// Overview: the heading of the latest events.
    home_latest_heading: &'static str {
        en: "Latest milestones",
        ja: "最近の主な出来事",
    },
    /// Overview: the link under the latest events to all, newest first.
    home_latest_all: &'static str {
        en: "All events, newest first",
        ja: "すべての出来事を新しい順に見る",
    },
    /// Overview: the heading of the eras.
    home_eras_heading: &'static str {
        en: "The eras of the partnership",
        ja: "パートナーシップの時代区分",
    },
    /// Overview: the heading of the topic links.
    home_topics_heading: &'static str {
        en: "What they cooperate on",
        ja: "協力の分野",
    },
    /// A count after a name: the overview's topic links, the filter
    /// panel's topics. Argument: the count.
    count_in_parens: fn(usize) -> String {
        en: |n| format!("({n})"),
        ja: |n| format!("（{n}）"),
    },
    /// An era's years: the overview's era links, the chronology's era
    /// headings. Arguments: its first and last year.
    era_years: fn(i32, i32) -> String {
        en: |from, to| format!("{from}–{to}"),
        ja: ja_years,
    },

    // ----------------------------------------------------------- chronology
    /// `/timeline`: the lead. Argument: the coverage ([`Strings::coverage`]).
    timeline_lead: fn(&str) -> String {
        en: |coverage| format!("Every dated step of the partnership, {coverage}."),
        ja: |coverage| format!("パートナーシップの日付のわかる歩みのすべて（{coverage}）。"),
    },
    /// `/timeline`: the lead's second sentence (hidden on a phone).
    timeline_lead_more: &'static str {
        en: " Dates are shown as precisely as the sources give them.",
        ja: "日付は資料が示す精度のまま表示しています。",
    },

    // --------------------------------------------------------- filter panel
    /// The `aria-label` of the search and filter panel.
    filter_panel_label: &'static str {
        en: "Search and filter events",
        ja: "出来事の検索と絞り込み",
    },
    /// The search box's label.
    search_label: &'static str {
        en: "Search events, quotes, actors and acronyms",
        ja: "出来事・引用・関係者・略語を検索",
    },
    /// The search box's placeholder.
    search_placeholder: &'static str {
        en: "Search events",
        ja: "出来事を検索",
    },
    /// The summary of the folded filters.
    filters_summary: &'static str {
        en: "Filters",
        ja: "絞り込み",
    },
    /// After that summary while filters are active, on wide screens.
    /// Argument: how many facets are active.
    filters_active_long: fn(usize) -> String {
        en: |n| format!(" ({n} active)"),
        ja: |n| format!("（{n}件を適用中）"),
    },
    /// The same on a phone.
    filters_active_brief: fn(usize) -> String {
        en: |n| format!(" ({n})"),
        ja: |n| format!("（{n}）"),
    },
    /// Facet legend: topics.
    facet_topics: &'static str {
        en: "Topics",
        ja: "テーマ",
    },
    /// Facet legend: event types.
    facet_type: &'static str {
        en: "Type",
        ja: "種類",
    },
    /// Facet label: actors.
    facet_actor: &'static str {
        en: "Actor",
        ja: "関係者",
    },
    /// The actor select's first option while none is chosen.
    facet_actor_any: &'static str {
        en: "Any actor",
        ja: "すべての関係者",
    },
    /// The actor select's first option once one is chosen.
    facet_actor_add: &'static str {
        en: "Add an actor",
        ja: "関係者を追加",
    },
    /// Facet label: places.
    facet_place: &'static str {
        en: "Place",
        ja: "場所",
    },
    /// The place select's first option while none is chosen.
    facet_place_any: &'static str {
        en: "Any place",
        ja: "すべての場所",
    },
    /// The place select's first option once one is chosen.
    facet_place_add: &'static str {
        en: "Add a place",
        ja: "場所を追加",
    },
    /// Facet label: sources.
    facet_source: &'static str {
        en: "Source",
        ja: "資料",
    },
    /// The source select's first option while none is chosen.
    facet_source_any: &'static str {
        en: "Any source",
        ja: "すべての資料",
    },
    /// The source select's first option once one is chosen.
    facet_source_add: &'static str {
        en: "Add a source",
        ja: "資料を追加",
    },
    /// Facet legend: years.
    facet_years: &'static str {
        en: "Years",
        ja: "期間",
    },
    /// The label of the first year's select.
    facet_from: &'static str {
        en: "From",
        ja: "開始年",
    },
    /// The label of the last year's select.
    facet_to: &'static str {
        en: "To",
        ja: "終了年",
    },
    /// The year selects' option for no bound.
    facet_any_year: &'static str {
        en: "Any year",
        ja: "指定なし",
    },
    /// The `aria-label` of a facet's list of chosen values. Argument: the
    /// facet's label (`facet_actor` or `facet_source`).
    chosen_label: fn(&str) -> String {
        en: |label| format!("Chosen: {label}"),
        ja: |label| format!("選択中の{label}"),
    },
    /// Visually hidden in a chosen value's chip. Argument: the facet's label.
    chosen_remove: fn(&str) -> String {
        en: |label| format!(" — remove this {}", label.to_lowercase()),
        ja: |label| format!("（この{label}を解除）"),
    },

    // ---------------------------------------------------------- results bar
    /// The `aria-label` of the list of active-filter chips.
    active_filters_label: &'static str {
        en: "Filters in force",
        ja: "適用中の絞り込み",
    },
    /// A chip's kind, as shown before its value. Argument: one of the
    /// `chip_` kinds below.
    chip_kind: fn(&str) -> String {
        en: |kind| format!("{kind}: "),
        ja: |kind| format!("{kind}："),
    },
    /// Chip kind: the search text.
    chip_search: &'static str {
        en: "Search",
        ja: "検索",
    },
    /// Chip kind: a topic.
    chip_topic: &'static str {
        en: "Topic",
        ja: "テーマ",
    },
    /// Chip kind: an event type.
    chip_type: &'static str {
        en: "Type",
        ja: "種類",
    },
    /// Chip kind: an actor.
    chip_actor: &'static str {
        en: "Actor",
        ja: "関係者",
    },
    /// Chip kind: a place.
    chip_place: &'static str {
        en: "Place",
        ja: "場所",
    },
    /// Chip kind: a source.
    chip_source: &'static str {
        en: "Source",
        ja: "資料",
    },
    /// Chip kind: the years.
    chip_years: &'static str {
        en: "Years",
        ja: "期間",
    },
    /// A search chip's value. Argument: the search text.
    chip_search_value: fn(&str) -> String {
        en: |q| format!("“{q}”"),
        ja: |q| format!("「{q}」"),
    },
    /// A years chip's value. Arguments: the first and last year, if set.
    chip_years_value: fn(Option<i32>, Option<i32>) -> String {
        en: |from, to| match (from, to) {
            (Some(from), Some(to)) if from == to => from.to_string(),
            (Some(from), Some(to)) => format!("{from}–{to}"),
            (Some(from), None) => format!("from {from}"),
            (None, Some(to)) => format!("up to {to}"),
            (None, None) => String::new(),
        },
        ja: |from, to| match (from, to) {
            (Some(from), Some(to)) => ja_years(from, to),
            (Some(from), None) => format!("{from}年以降"),
            (None, Some(to)) => format!("{to}年まで"),
            (None, None) => String::new(),
        },
    },
    /// Visually hidden in every chip.
    chip_remove: &'static str {
        en: " — remove",
        ja: "（解除）",
    },
    /// The last chip, and the empty state's link: clear every filter.
    clear_all_filters: &'static str {
        en: "Clear all filters",
        ja: "絞り込みをすべて解除",
    },
    /// How many events match (`role="status"`). Argument: the count.
    result_count: fn(usize) -> String {
        en: |n| match n {
            0 => "No events match".to_owned(),
            1 => "1 event".to_owned(),
            n => format!("{n} events"),
        },
        ja: |n| match n {
            0 => "該当する出来事はありません".to_owned(),
            n => ja_events(n),
        },
    },
    /// The order select's label.
    sort_label: &'static str {
        en: "Order",
        ja: "並び順",
    },
    /// Order option: oldest first.
    sort_oldest: &'static str {
        en: "Oldest first",
        ja: "古い順",
    },
    /// Order option: newest first.
    sort_newest: &'static str {
        en: "Newest first",
        ja: "新しい順",
    },
    /// The summary of the cite-and-download menu, on wide screens.
    export_menu: &'static str {
        en: "Cite or download",
        ja: "引用・ダウンロード",
    },
    /// The same on a phone.
    export_menu_brief: &'static str {
        en: "Cite or save",
        ja: "引用・保存",
    },

    // -------------------------------------------------- toolbar and exports
    /// The citation button (event pages, the export menu); also in bold in
    /// the About page's "How to cite".
    cite_view: &'static str {
        en: "Cite this view",
        ja: "この表示を引用",
    },
    /// The CSV download button.
    download_csv: &'static str {
        en: "Download CSV",
        ja: "CSVをダウンロード",
    },
    /// The JSON download button.
    download_json: &'static str {
        en: "Download JSON",
        ja: "JSONをダウンロード",
    },
    /// Status after the citation was copied. Argument: the citation.
    citation_copied: fn(&str) -> String {
        en: |text| format!("Citation copied: {text}"),
        ja: |text| format!("引用をコピーしました：{text}"),
    },
    /// Status when the clipboard refused. Argument: the citation.
    citation_copy_this: fn(&str) -> String {
        en: |text| format!("Copy this citation: {text}"),
        ja: |text| format!("次の引用をコピーしてください：{text}"),
    },
    /// Status after a download. Arguments: how many events, the format
    /// ("CSV" or "JSON").
    downloaded: fn(usize, &str) -> String {
        en: |n, format| format!("Downloaded {} as {format}", en_events(n)),
        ja: |n, format| format!("出来事{n}件を{format}形式でダウンロードしました"),
    },
    /// A citation of a page.
    citation: fn(&CitationParts) -> String {
        en: |c| {
            format!(
                "“{}”. Japan–NATO Partnership Explorer, dataset version {} ({}). {} (accessed {}).",
                c.title, c.version, c.date, c.url, c.accessed
            )
        },
        ja: |c| {
            format!(
                "「{}」『{JA_SITE_NAME}』データセット バージョン{}（{}）。{}（{}閲覧）。",
                c.title, c.version, c.date, c.url, c.accessed
            )
        },
    },
    /// The CSV download's header row, column by column. The columns are
    /// field names for programs, the same in both editions.
    csv_header: [&'static str; 11] {
        en: [
            "id",
            "date",
            "date_shown",
            "title",
            "summary",
            "type",
            "topics",
            "actors",
            "places",
            "sources",
            "quotes",
        ],
        // Field names for programs: the same in both editions.
        ja: [
            "id",
            "date",
            "date_shown",
            "title",
            "summary",
            "type",
            "topics",
            "actors",
            "places",
            "sources",
            "quotes",
        ],
    },

    // ------------------------------------------------- chronology component
    /// The empty state's heading.
    no_results_heading: &'static str {
        en: "No events match",
        ja: "該当する出来事はありません",
    },
    /// The empty state's advice.
    no_results_text: &'static str {
        en: "Try fewer words, another spelling, or fewer filters. Search looks at titles, summaries, quotes, actors and acronyms.",
        ja: "語を減らすか、別の表記を試すか、絞り込みを減らしてみてください。検索の対象は、見出し、概要、引用、関係者、略語です。",
    },
    /// The note shown without JavaScript above the list.
    no_app_note: &'static str {
        en: "Search and filters need JavaScript, which is off or blocked here, so this list shows all its events in date order, whatever the address asks for.",
        ja: "検索と絞り込みにはJavaScriptが必要ですが、この環境では無効か、ブロックされています。そのため、アドレスの指定にかかわらず、すべての出来事を日付順に表示しています。",
    },
    /// Added to that note when the list is cut. Arguments: how many are
    /// shown, how many in all.
    no_app_first_shown: fn(usize, usize) -> String {
        en: |shown, total| {
            format!(" The first {shown} of {total} are shown; each event has its own page.")
        },
        ja: |shown, total| {
            format!("全{total}件のうち最初の{shown}件を表示しています。各出来事には個別のページがあります。")
        },
    },
    /// The "show more" button. Arguments: how many are shown, how many in all.
    show_more: fn(usize, usize) -> String {
        en: |shown, total| format!("Show more ({shown} of {total} shown)"),
        ja: |shown, total| format!("さらに表示（{total}件中{shown}件を表示中）"),
    },

    // -------------------------------------------- cards, quotes, topic tags
    /// An event card: before its sources' titles.
    card_source_label: &'static str {
        en: "Source: ",
        ja: "出典：",
    },
    /// Between the source titles on an event card.
    source_list_separator: &'static str {
        en: "; ",
        ja: "、",
    },
    /// Between the items of a list in running text: an event's places, a
    /// source's authors, actors and acronyms, glossary aliases, the
    /// busiest years of a sparkline, the parts of a year bar's label.
    list_separator: &'static str {
        en: ", ",
        ja: "、",
    },
    /// The `aria-label` of a record's list of topic links.
    topic_tags_label: &'static str {
        en: "Topics",
        ja: "テーマ",
    },
    /// Before the source title under a quote.
    quote_attribution: &'static str {
        en: "— ",
        ja: "――",
    },

    // ----------------------------------------------------------- event page
    /// Event page: the kicker's link to the chronology.
    event_kicker_chronology: &'static str {
        en: "Chronology",
        ja: "年表",
    },
    /// Event page: before the date note.
    event_date_note: &'static str {
        en: "About the date: ",
        ja: "日付について：",
    },
    /// Event page: the heading of the discrepancy box.
    event_discrepancy_heading: &'static str {
        en: "The sources differ",
        ja: "資料間の食い違い",
    },
    /// Event page: the heading of the quotes.
    event_evidence_heading: &'static str {
        en: "What the sources say",
        ja: "資料の記述",
    },
    /// Event page: the heading of the details.
    event_details_heading: &'static str {
        en: "Details",
        ja: "詳細",
    },
    /// Event page, details: topics.
    event_topics: &'static str {
        en: "Topics",
        ja: "テーマ",
    },
    /// Event page, details: actors.
    event_actors: &'static str {
        en: "Actors",
        ja: "関係者",
    },
    /// Event page, details: places.
    event_places: &'static str {
        en: "Places",
        ja: "場所",
    },
    /// Event page: the heading of the related events.
    event_related_heading: &'static str {
        en: "Related events",
        ja: "関連する出来事",
    },
    /// Event page: the `aria-label` of the previous/next navigation.
    event_steps_label: &'static str {
        en: "Previous and next events",
        ja: "前後の出来事",
    },
    /// Event page: the label of the link to the previous event.
    event_previous: &'static str {
        en: "Previous",
        ja: "前の出来事",
    },
    /// Event page: the label of the link to the next event.
    event_next: &'static str {
        en: "Next",
        ja: "次の出来事",
    },

    // ---------------------------------------------------- topics and topic
    /// `/topics`: the lead.
    topics_lead: &'static str {
        en: "The areas in which Japan and NATO cooperate, and the themes the sources discuss.",
        ja: "日本とNATOが協力する分野と、資料が論じるテーマ。",
    },
    /// `/topics`: a card's counts. Arguments: how many events, how many
    /// debates, the first and last year of its events (none without events).
    topic_card_counts: fn(usize, usize, Option<(i32, i32)>) -> String {
        en: |events, debates, years| {
            let span = match years {
                Some((first, last)) if first == last => format!(" · {first}"),
                Some((first, last)) => format!(" · {first}–{last}"),
                None => String::new(),
            };
            format!(
                "{events} event{} · {debates} debate{}{span}",
                en_s(events),
                en_s(debates)
            )
        },
        ja: |events, debates, years| {
            let span = years.map_or_else(String::new, |(first, last)| {
                format!(" · {}", ja_years(first, last))
            });
            format!("出来事{events}件 · 論点{debates}件{span}")
        },
    },
    /// Topic page: the kicker's link to `/topics`.
    topic_kicker: &'static str {
        en: "All topics",
        ja: "テーマ一覧",
    },
    /// Topic page: the summary of the folded quotes.
    topic_evidence_summary: &'static str {
        en: "What the sources say",
        ja: "資料の記述",
    },
    /// Topic page: the heading of its debates.
    topic_debates_heading: &'static str {
        en: "Debates on this topic",
        ja: "このテーマの論点",
    },
    /// Topic page: the heading of its chronology.
    topic_chronology_heading: &'static str {
        en: "Chronology",
        ja: "年表",
    },

    // -------------------------------------------------- sources and source
    /// `/sources`: the lead. Argument: how many sources.
    sources_lead: fn(usize) -> String {
        en: |n| {
            format!(
                "Every statement in this explorer is drawn from these {} documents and quotes one of them word for word. Where a document does not say something — a date, an author — we say so rather than guess.",
                en_count_in_words(n)
            )
        },
        ja: |n| {
            let (these, which) = if n == 1 {
                ("この", "これ")
            } else {
                ("これら", "そのいずれか")
            };
            format!("本エクスプローラーの記述はすべて、{these}{n}点の資料に基づき、{which}を逐語的に引用しています。日付や著者など、資料に記載のない事柄は、推測せずにその旨を記しています。")
        },
    },
    /// `/sources`: a card's second line. Arguments: the kind's label, the
    /// date as the edition writes it, the date kind's label, how many
    /// events cite it.
    source_card_meta: fn(&str, &str, &str, usize) -> String {
        en: |kind, date, date_kind, cited| {
            format!("{kind} · {date} ({date_kind}) · cited by {}", en_events(cited))
        },
        ja: |kind, date, date_kind, cited| {
            format!("{kind} · {date}（{date_kind}） · 引用する出来事{cited}件")
        },
    },
    /// `/sources`: a card's first line when no organisation is named.
    source_publisher_unnamed: &'static str {
        en: "Publisher not named",
        ja: "発行者の記載なし",
    },
    /// Source page: the kicker's link to `/sources`.
    source_kicker: &'static str {
        en: "All sources",
        ja: "資料一覧",
    },
    /// Source page, details: kind.
    source_kind: &'static str {
        en: "Kind",
        ja: "種類",
    },
    /// Source page, details: organisation.
    source_organisation: &'static str {
        en: "Organisation",
        ja: "組織",
    },
    /// Source page, details: no organisation named.
    source_organisation_unnamed: &'static str {
        en: "Not named",
        ja: "記載なし",
    },
    /// Source page, details: authors.
    source_authors: &'static str {
        en: "Authors",
        ja: "著者",
    },
    /// Source page, details: no author named.
    source_authors_unnamed: &'static str {
        en: "Not named",
        ja: "記載なし",
    },
    /// Source page, details: date.
    source_date: &'static str {
        en: "Date",
        ja: "日付",
    },
    /// Source page, details: after the date. Argument: the date kind's label.
    source_date_kind: fn(&str) -> String {
        en: |kind| format!(" ({kind}) "),
        ja: |kind| format!("（{kind}）"),
    },
    /// Source page, details: the file.
    source_file: &'static str {
        en: "File",
        ja: "ファイル",
    },
    /// Source page: the heading of its characteristic quote.
    source_quote_heading: &'static str {
        en: "In its own words",
        ja: "原文より",
    },
    /// Source page: the heading of the events citing it. Argument: how many.
    source_events_heading: fn(usize) -> String {
        en: |n| format!("Events citing it ({n})"),
        ja: |n| format!("この資料を引用する出来事（{n}件）"),
    },
    /// Source page: before the link when the list is cut. Argument: how
    /// many cards are shown.
    source_first_shown: fn(usize) -> String {
        en: |shown| format!("The first {shown} are shown here; "),
        ja: |shown| format!("ここでは最初の{shown}件を表示しています。"),
    },
    /// Source page: the link to all of them in the chronology when the
    /// list is cut. Argument: how many in all.
    source_open_all: fn(usize) -> String {
        en: |n| format!("open all {n} in the chronology, with filters"),
        ja: |n| format!("全{n}件を年表で開く（絞り込み可）"),
    },
    /// Source page: that link when the list is whole.
    source_open_these: &'static str {
        en: "Open these events in the chronology, with filters",
        ja: "これらの出来事を年表で開く（絞り込み可）",
    },
    /// Source page: the heading of the other records citing it.
    source_others_heading: &'static str {
        en: "Other records citing it",
        ja: "この資料を引用するその他の記録",
    },
    /// Source page, other records: topics.
    source_topics: &'static str {
        en: "Topics",
        ja: "テーマ",
    },
    /// Source page, other records: debates.
    source_debates: &'static str {
        en: "Debates",
        ja: "論点",
    },
    /// Source page, other records: actors.
    source_actors: &'static str {
        en: "Actors",
        ja: "関係者",
    },
    /// Source page, other records: acronyms.
    source_acronyms: &'static str {
        en: "Acronyms",
        ja: "略語",
    },

    // --------------------------------------------------------- perspectives
    /// `/perspectives`: the lead.
    perspectives_lead: &'static str {
        en: "The questions the sources raise and the positions they take, each quoted from its source. Summaries of positions are ours; the quotes are theirs.",
        ja: "資料が提起する問いと、各資料の立場です。いずれも出典から引用しています。立場の要約は当サイトによるもので、引用は資料自身の言葉です。",
    },
    /// `/perspectives`: between a source's title and its position.
    position_separator: &'static str {
        en: ": ",
        ja: "：",
    },

    // ---------------------------------------------------------------- about
    /// `/about`: the lead.
    about_lead: &'static str {
        en: "A guide to how Japan and NATO came to work together, what they cooperate on, and what analysts argue about it — for readers who want every statement traced to its source.",
        ja: "すべての記述を出典までたどりたい読者に向けて、日本とNATOがどのように協力するようになったのか、何に取り組み、専門家は何を論じているのかを案内します。",
    },
    /// `/about`: the method's heading.
    about_method_heading: &'static str {
        en: "Method",
        ja: "作成方法",
    },
    /// `/about`, method: before the link to `/sources`. Argument: how many sources.
    about_method_before: fn(usize) -> String {
        en: |n| {
            format!(
                "Everything here comes from {} public documents, listed under ",
                en_count_in_words(n)
            )
        },
        ja: |_| "このサイトの内容はすべて、".to_owned(),
    },
    /// `/about`, method: the link to `/sources`.
    about_method_link: &'static str {
        en: "Sources",
        ja: "資料一覧",
    },
    /// `/about`, method: after the link. Argument: how many sources.
    about_method_after: fn(usize) -> String {
        en: |_| {
            ". Every event, topic, actor, debate and acronym carries at least one quote copied word for word from one of them, and a check run with every change proves each quote is found in its document. Nothing comes from elsewhere.".to_owned()
        },
        ja: |n| {
            let which = if n == 1 { "その" } else { "いずれかの" };
            format!("に挙げる{n}点の公開資料に由来します。出来事、テーマ、関係者、論点、略語のそれぞれに、{which}資料から逐語的に写した引用が少なくとも一つ付いており、変更のたびに実行する検査で、各引用がその資料の中にあることを確かめています。それ以外の情報源は使っていません。")
        },
    },
    /// `/about`, dates paragraph: before the emphasised word.
    about_dates_before: &'static str {
        en: "Titles and summaries are in our own words, kept neutral. Dates are shown as precisely as the sources give them: a decade, a year, a month or a day. Where a source only reports that something had happened by the time it was written, the date says ",
        ja: "見出しと概要は当サイト独自の言葉で、中立を保って書いています。日付は資料が示す精度のまま、年代、年、月、日のいずれかで表示します。資料が、執筆時点までにある出来事が起きていたことしか伝えていない場合は、その年に「",
    },
    /// `/about`, dates paragraph: the emphasised word for "by" dates.
    about_dates_by: &'static str {
        en: "by",
        ja: "までに",
    },
    /// `/about`, dates paragraph: after it.
    about_dates_after: &'static str {
        en: " that year; where even the document's own date is only a lower bound (the analysis whose one date is a photograph's), the date says reported after that day. Where the sources disagree — on when the partnership programme was renewed, for example — both versions are kept and the difference is stated.",
        ja: "」を添えます。資料自体の日付も下限しかわからない場合（日付が写真のものしかない分析）は、その日に「以降の報告」を添えます。資料間で記述が食い違う場合（たとえばパートナーシップ計画が更新された時期）は、両方の記述を残し、その違いを明記しています。",
    },
    /// `/about`: the heading of how to cite.
    about_cite_heading: &'static str {
        en: "How to cite",
        ja: "引用のしかた",
    },
    /// `/about`, how to cite: before the button's name ([`Strings::cite_view`], in bold).
    about_cite_before: &'static str {
        en: "Each page has a ",
        ja: "各ページの「",
    },
    /// `/about`, how to cite: after it.
    about_cite_after: &'static str {
        en: " button that copies a citation with the page's address, the dataset version and today's date. For example:",
        ja: "」ボタンで、ページのアドレス、データセットのバージョン、今日の日付を含む引用をコピーできます。例：",
    },
    /// `/about`: the page title in the example citation.
    about_example_title: &'static str {
        en: "Chronology",
        ja: "年表",
    },
    /// `/about`: under the example citation.
    about_cite_links: &'static str {
        en: "Every view's address holds its search and filters, so a cited link opens exactly what you saw.",
        ja: "各表示のアドレスには検索と絞り込みの条件が含まれるため、引用したリンクを開くと、見ていたとおりの表示になります。",
    },
    /// `/about`: the heading of how to embed.
    about_embed_heading: &'static str {
        en: "How to embed",
        ja: "埋め込みのしかた",
    },
    /// `/about`: how to embed.
    about_embed_text: &'static str {
        en: "Any page, with its filters, can be placed in another website in an iframe:",
        ja: "どのページも、絞り込みの条件ごと、iframeで他のウェブサイトに埋め込めます：",
    },
    /// `/about`: the example iframe, shown as code.
    about_embed_code: &'static str {
        en: r#"<iframe src="https://YOUR-HOST/PATH/timeline?topic=maritime-security" title="Japan–NATO Partnership Explorer" width="100%" height="800"></iframe>"#,
        ja: r#"<iframe src="https://YOUR-HOST/PATH/ja/timeline?topic=maritime-security" title="日NATOパートナーシップ・エクスプローラー" width="100%" height="800"></iframe>"#,
    },
    /// `/about`: the heading of the data version.
    about_version_heading: &'static str {
        en: "Data version",
        ja: "データのバージョン",
    },
    /// `/about`: the data version and what the dataset holds.
    about_version: fn(&DatasetSummary) -> String {
        en: |d| {
            format!(
                "Dataset version {}, of {}: {}, {} topic{}, {} actor{}, {} debate{} and {} acronym{} from {} document{}.",
                d.version,
                d.date,
                en_events(d.events),
                d.topics,
                en_s(d.topics),
                d.actors,
                en_s(d.actors),
                d.debates,
                en_s(d.debates),
                d.acronyms,
                en_s(d.acronyms),
                d.documents,
                en_s(d.documents)
            )
        },
        ja: |d| {
            format!(
                "データセット バージョン{}（{}）：出来事{}件、テーマ{}件、関係者{}件、論点{}件、略語{}件。資料{}点に基づきます。",
                d.version, d.date, d.events, d.topics, d.actors, d.debates, d.acronyms, d.documents
            )
        },
    },
    /// `/about`: the heading of the glossary.
    about_glossary_heading: &'static str {
        en: "Acronyms",
        ja: "略語",
    },
    /// `/about`, glossary: after a term with other spellings. Argument:
    /// them, joined with [`Strings::list_separator`].
    glossary_aliases: fn(&str) -> String {
        en: |aliases| format!(" (also written {aliases})"),
        ja: |aliases| format!("（別表記：{aliases}）"),
    },
    /// `/about`, glossary: a term with both an expansion and a note.
    /// Arguments: the expansion, the note.
    glossary_meaning: fn(&str, &str) -> String {
        en: |expansion, note| format!("{expansion}. {note}"),
        ja: |expansion, note| format!("{expansion}。{note}"),
    },
    /// `/about`, glossary, Japanese edition: what follows a term's marked-up
    /// expansion (`lang="en"`, then [`Strings::glossary_rendering`]) when
    /// it also has a note: the same as [`Strings::glossary_meaning`]
    /// without the expansion. Argument: the note.
    glossary_note_after: fn(&str) -> String {
        en: |note| format!(". {note}"),
        ja: |note| format!("。{note}"),
    },

    // ------------------------------------------------------------ not found
    /// The not-found page's explanation.
    not_found_text: &'static str {
        en: "There is no page at this address. It may have been mistyped, or the record it named does not exist.",
        ja: "このアドレスにはページがありません。入力の誤りか、指定された記録が存在しない可能性があります。",
    },
    /// The not-found page: link to the overview.
    not_found_overview: &'static str {
        en: "Back to the overview",
        ja: "概要に戻る",
    },
    /// The not-found page: link to the chronology.
    not_found_chronology: &'static str {
        en: "Browse the chronology",
        ja: "年表を見る",
    },
    /// The not-found page: link to the topics.
    not_found_topics: &'static str {
        en: "See all topics",
        ja: "テーマ一覧を見る",
    },

    // ------------------------------------------ visual timeline (time chart)
    /// The chart's title above a chronology.
    chart_title: &'static str {
        en: "The partnership at a glance",
        ja: "パートナーシップの概観",
    },
    /// The chart's caption after its title. Arguments: first and last year
    /// of the axis, how many events match, how many the view holds.
    chart_caption: fn(i32, i32, usize, usize) -> String {
        en: |first, last, shown, total| {
            let matched = if shown == total {
                en_events(total)
            } else {
                format!("{shown} of {} {}", en_events(total), en_match(shown))
            };
            format!("{first}–{last}: {matched}.")
        },
        ja: |first, last, shown, total| {
            let matched = if shown == total {
                format!("出来事{total}件")
            } else {
                format!("出来事{total}件中{shown}件が該当")
            };
            format!("{}：{matched}。", ja_years(first, last))
        },
    },
    /// Added to the caption when the chart shows bars instead of marks.
    chart_bars_note: &'static str {
        en: " Each bar is a year's events; the darker part matches.",
        ja: "各棒は1年分の出来事で、濃い部分が該当分です。",
    },
    /// The plot's `aria-label` when it shows bars.
    chart_plot_bars: &'static str {
        en: "Events per year",
        ja: "年ごとの出来事数",
    },
    /// The plot's `aria-label` when it shows a mark per event.
    chart_plot_marks: &'static str {
        en: "Events on a time axis; arrow keys move between them",
        ja: "時間軸上の出来事。矢印キーで移動できます",
    },
    /// Legend: how a decade or a span is drawn (wide screens).
    legend_range: &'static str {
        en: "A decade or a span of years",
        ja: "年代または数年にわたる期間",
    },
    /// Legend: the same on a phone.
    legend_range_brief: &'static str {
        en: "A span",
        ja: "期間",
    },
    /// Legend: how a "by" date is drawn (wide screens).
    legend_open: &'static str {
        en: "Done by a date, since when unknown",
        ja: "ある時点までに実施（開始時期は不明）",
    },
    /// Legend: the same on a phone.
    legend_open_brief: &'static str {
        en: "By a date",
        ja: "ある時点までに",
    },
    /// Era key, while filters are active: an era's counts. Arguments: how
    /// many events, how many match. (Unfiltered it is [`Strings::events`].)
    era_key_filtered: fn(usize, usize) -> String {
        en: |total, matched| format!("{}, {matched} matching", en_events(total)),
        ja: |total, matched| format!("出来事{total}件、うち該当{matched}件"),
    },
    /// Era key: one era. Arguments: its name, first and last year, its counts.
    era_key_entry: fn(&str, i32, i32, &str) -> String {
        en: |name, from, to, counts| format!("{name} ({from}–{to}): {counts}"),
        ja: |name, from, to, counts| format!("{name}（{}）：{counts}", ja_years(from, to)),
    },
    /// The summary of the folded tables under the chart.
    chart_numbers_summary: &'static str {
        en: "Eras and the numbers behind the chart",
        ja: "時代区分とグラフの数値",
    },
    /// Table caption: events per era.
    table_era_caption: &'static str {
        en: "Events per era",
        ja: "時代区分ごとの出来事数",
    },
    /// Table header: era.
    table_era: &'static str {
        en: "Era",
        ja: "時代区分",
    },
    /// Table header: events (both tables).
    table_events: &'static str {
        en: "Events",
        ja: "出来事",
    },
    /// Table header: matching events (both tables).
    table_matching: &'static str {
        en: "Matching the search and filters",
        ja: "検索・絞り込みに該当",
    },
    /// Table row header: one era. Arguments: its number, name, first and last year.
    table_era_row: fn(usize, &str, i32, i32) -> String {
        en: |number, name, from, to| format!("{number}. {name} ({from}–{to})"),
        ja: |number, name, from, to| {
            format!("{number}. {name}（{}）", ja_years(from, to))
        },
    },
    /// Table caption: events per year.
    table_year_caption: &'static str {
        en: "Events per year (each counted in the year the chronology lists it under)",
        ja: "年ごとの出来事数（年表で掲載されている年に数える）",
    },
    /// Table header: year (the chart's tables).
    table_year: &'static str {
        en: "Year",
        ja: "年",
    },
    /// A mark's `aria-label`, and the tip for it. Arguments: the event's
    /// date as the edition writes it, its title, its type's label.
    mark_label: fn(&str, &str, &str) -> String {
        en: |date, title, kind| format!("{date}: {title} ({kind})"),
        ja: |date, title, kind| format!("{date}：{title}（{kind}）"),
    },
    /// A bar's `aria-label` (large datasets). Arguments: the year, how
    /// many events, how many match.
    bar_label: fn(i32, usize, usize) -> String {
        en: |year, total, matching| {
            format!("{year}: {}, {matching} {}", en_events(total), en_match(matching))
        },
        ja: |year, total, matching| {
            format!("{year}年：出来事{total}件、うち該当{matching}件")
        },
    },
    /// The span control's `aria-label`.
    brush_label: &'static str {
        en: "Years to show",
        ja: "表示する期間",
    },
    /// The span control's `aria-valuetext` while a span is being chosen.
    /// Arguments: its first and last year.
    brush_choosing: fn(i32, i32) -> String {
        en: |from, to| {
            format!("{from} to {to}; Enter shows these years, Escape lets go")
        },
        ja: |from, to| format!("{}。Enterで表示、Escapeで解除", ja_years(from, to)),
    },
    /// The span control's `aria-valuetext` while a span is shown.
    /// Arguments: its first and last year.
    brush_shown: fn(i32, i32) -> String {
        en: |from, to| format!("{from} to {to} shown"),
        ja: |from, to| format!("{}を表示中", ja_years(from, to)),
    },
    /// The span control's `aria-valuetext` without a span.
    brush_every_year: &'static str {
        en: "every year; arrows choose a span, Shift with arrows widens it",
        ja: "全期間。矢印キーで期間を選び、Shift＋矢印キーで広げる",
    },
    /// The tip under the chart before a mark is pointed at.
    chart_tip: &'static str {
        en: "Point at or tap a mark to see it; drag across the years (or use the arrow keys) to choose a span.",
        ja: "印にポインターを合わせるかタップすると、その出来事を表示します。年の上をドラッグする（または矢印キーを使う）と期間を選べます。",
    },

    // --------------------------------------- overview chart and sparklines
    /// The overview chart's title.
    year_chart_title: &'static str {
        en: "Events per year",
        ja: "年ごとの出来事数",
    },
    /// The overview chart's caption after its title. Arguments: the first
    /// and last year of the axis.
    year_chart_caption: fn(i32, i32) -> String {
        en: |first, last| {
            format!(" {first}–{last}; each bar opens that year in the chronology. Events dated only to a decade or a span count in their first year.")
        },
        ja: |first, last| {
            format!("（{}）。各棒からその年の年表を開けます。年代や期間でしか日付のわからない出来事は、その最初の年に数えています。", ja_years(first, last))
        },
    },
    /// The overview chart's `aria-label`.
    year_chart_plot: &'static str {
        en: "Events per year, by kind",
        ja: "種類別の年ごとの出来事数",
    },
    /// The summary of its folded table.
    year_chart_numbers: &'static str {
        en: "The numbers behind the chart",
        ja: "グラフの数値",
    },
    /// Its table's caption.
    year_table_caption: &'static str {
        en: "Events per year by kind (each counted in its first year)",
        ja: "種類別の年ごとの出来事数（最初の年に数える）",
    },
    /// Its table's header: year.
    year_table_year: &'static str {
        en: "Year",
        ja: "年",
    },
    /// Its table's header: all kinds.
    year_table_all: &'static str {
        en: "All",
        ja: "計",
    },
    /// A year bar's `aria-label`. Arguments: the year, how many events,
    /// its parts ([`Strings::year_bar_part`] joined with
    /// [`Strings::list_separator`]).
    year_bar_label: fn(i32, usize, &str) -> String {
        en: |year, total, parts| format!("{year}: {total} event{} ({parts})", en_s(total)),
        ja: |year, total, parts| format!("{year}年：出来事{total}件（{parts}）"),
    },
    /// One part of that label. Arguments: how many, the group's `_short` label.
    year_bar_part: fn(usize, &str) -> String {
        en: |n, group| format!("{n} {group}"),
        ja: |n, group| format!("{group}{n}件"),
    },
    /// A topic card's sparkline `aria-label` without events. Arguments:
    /// the axis' first and last year.
    sparkline_empty: fn(i32, i32) -> String {
        en: |first, last| format!("No events {first}–{last}"),
        ja: |first, last| format!("{}の出来事なし", ja_years(first, last)),
    },
    /// A topic card's sparkline `aria-label`. Arguments: the axis' first
    /// and last year, the most events in a year, the years with that many
    /// (joined with [`Strings::list_separator`]).
    sparkline_label: fn(i32, i32, usize, &str) -> String {
        en: |first, last, highest, years| {
            format!("Events per year, {first}–{last}; most ({highest}) in {years}")
        },
        ja: |first, last, highest, years| {
            format!(
                "年ごとの出来事数（{}）。最多は{years}年の{highest}件",
                ja_years(first, last)
            )
        },
    },

    // ----------------------------------------------------------- counts
    /// A number of events: the era key, and wherever a plain count is said.
    events: fn(usize) -> String {
        en: en_events,
        ja: ja_events,
    },
    /// A year's heading in the chronology ("2014", "2014年").
    year_heading: fn(i32) -> String {
        en: |year| year.to_string(),
        ja: |year| format!("{year}年"),
    },

    // ---------------------------------------------------- type groups
    /// Type group (agreements, meetings, institutional steps, policy):
    /// legends and table headers.
    group_framework: &'static str {
        en: "Agreements, meetings and policy",
        ja: "協定・会合・政策",
    },
    /// The same in the middle of a sentence (year bars' labels).
    group_framework_short: &'static str {
        en: "agreements, meetings and policy",
        ja: "協定・会合・政策",
    },
    /// The same where a phone's legend has room for one word.
    group_framework_brief: &'static str {
        en: "Agreements",
        ja: "協定",
    },
    /// Type group (exercises, operations, contributions, capabilities).
    group_practice: &'static str {
        en: "Exercises, operations and contributions",
        ja: "演習・活動・貢献",
    },
    /// The same in the middle of a sentence.
    group_practice_short: &'static str {
        en: "exercises, operations and contributions",
        ja: "演習・活動・貢献",
    },
    /// The same in one word.
    group_practice_brief: &'static str {
        en: "Exercises",
        ja: "演習",
    },
    /// Type group (statements, wider context).
    group_context: &'static str {
        en: "Statements and wider context",
        ja: "声明・背景",
    },
    /// The same in the middle of a sentence.
    group_context_short: &'static str {
        en: "statements and wider context",
        ja: "声明・背景",
    },
    /// The same in one word.
    group_context_brief: &'static str {
        en: "Statements",
        ja: "声明",
    },

    // ---------------------------------------------------- event types
    /// `EventType::Agreement`: cards, event pages, the type facet and chips,
    /// the chart's marks and legend tooltips.
    type_agreement: &'static str {
        en: english_type_label(EventType::Agreement),
        ja: "協定・合意",
    },
    /// `EventType::Meeting`.
    type_meeting: &'static str {
        en: english_type_label(EventType::Meeting),
        ja: "首脳会合・会議",
    },
    /// `EventType::Exercise`.
    type_exercise: &'static str {
        en: english_type_label(EventType::Exercise),
        ja: "演習",
    },
    /// `EventType::Operation`.
    type_operation: &'static str {
        en: english_type_label(EventType::Operation),
        ja: "作戦・任務",
    },
    /// `EventType::Institutional`.
    type_institutional: &'static str {
        en: english_type_label(EventType::Institutional),
        ja: "制度面の措置",
    },
    /// `EventType::Contribution`.
    type_contribution: &'static str {
        en: english_type_label(EventType::Contribution),
        ja: "拠出・資金提供",
    },
    /// `EventType::Policy`.
    type_policy: &'static str {
        en: english_type_label(EventType::Policy),
        ja: "政策の転換",
    },
    /// `EventType::Capability`.
    type_capability: &'static str {
        en: english_type_label(EventType::Capability),
        ja: "能力・装備",
    },
    /// `EventType::Statement`.
    type_statement: &'static str {
        en: english_type_label(EventType::Statement),
        ja: "声明・文書",
    },
    /// `EventType::Context`.
    type_context: &'static str {
        en: english_type_label(EventType::Context),
        ja: "背景となる動き",
    },

    // ------------------------------------------- source, date, actor kinds
    /// `SourceKind::Official`: source cards and pages.
    source_kind_official: &'static str {
        en: "Official page",
        ja: "公式ページ",
    },
    /// `SourceKind::AcademicProject`.
    source_kind_academic_project: &'static str {
        en: "Academic research project",
        ja: "学術研究プロジェクト",
    },
    /// `SourceKind::Commentary`.
    source_kind_commentary: &'static str {
        en: "Commentary",
        ja: "論評",
    },
    /// `SourceKind::Analysis`.
    source_kind_analysis: &'static str {
        en: "Analysis",
        ja: "分析",
    },
    /// `DateKind::Published`: after a source's date, in parentheses.
    date_kind_published: &'static str {
        en: "published",
        ja: "公開日",
    },
    /// `DateKind::LastUpdated`.
    date_kind_last_updated: &'static str {
        en: "last updated",
        ja: "最終更新日",
    },
    /// `DateKind::Inferred`.
    date_kind_inferred: &'static str {
        en: "inferred from the text",
        ja: "本文からの推定",
    },

    // ------------------------------------------------------------ editions
    /// The header's link to the same view in the other edition, written in
    /// that edition's language ("日本語", "English").
    switch_to_other: &'static str {
        en: "日本語",
        ja: "English",
    },
    /// Its accessible description, in this edition's language.
    switch_to_other_hint: &'static str {
        en: "This page in Japanese",
        ja: "このページの英語版",
    },
    /// On the English overview, when the browser prefers Japanese: the
    /// offer of the Japanese edition (in Japanese), before its link. Empty
    /// in the Japanese edition.
    offer_other: &'static str {
        en: "この解説サイトには日本語版があります。",
        ja: "",
    },
    /// The link of that offer.
    offer_other_link: &'static str {
        en: "日本語版で読む",
        ja: "",
    },
    /// The offer's button that declines it (and remembers English).
    offer_other_dismiss: &'static str {
        en: "閉じる",
        ja: "",
    },
    /// The label before a quote's reference translation.
    rendering_label: &'static str {
        en: "Reference translation",
        ja: "参考訳",
    },
    /// On a record the edition shows in English for want of a translation.
    untranslated_note: &'static str {
        en: "",
        ja: "この記録にはまだ日本語訳がないため、英語で表示しています。",
    },
    /// The About page: the section on the two editions.
    about_editions_heading: &'static str {
        en: "English and Japanese",
        ja: "英語版と日本語版",
    },
    /// Its paragraphs.
    about_editions_text: [&'static str; 3] {
        en: [
            "The explorer has a Japanese edition under /ja/ (for example /ja/timeline): the same views, links and filters, with the interface and every record's text in Japanese. The header's language link leads to the same view in the other edition.",
            "The Japanese text was written by AI translation and then reviewed by a second AI pass for consistent terms and for anything the English record does not say; no professional translator has checked it. Translation adds nothing: every fact, date and name comes from the English record.",
            "The sources' own words are never altered: in the Japanese edition each quote stays in English, followed by the explorer's own reference translation (参考訳). The English quotes are authoritative.",
        ],
        ja: [
            "本エクスプローラーには英語版（サイトの各パス）と日本語版（/ja/ 以下、例：/ja/timeline）があります。表示・リンク・絞り込みは両版で共通で、ヘッダーの言語リンクから同じ画面のもう一方の版へ移れます。",
            "日本語の文章はAIによる翻訳を、別のAIが用語の統一と英語の記録にない内容が加わっていないかについて見直したものです。専門の翻訳者による確認は受けていません。翻訳は何も付け加えません。事実・日付・名称はすべて英語の記録によります。",
            "資料の原文は改変しません。日本語版でも引用は英語のまま示し、その後に本サイトによる参考訳を添えています。正本は英語の引用です。",
        ],
    },
    /// A glossary entry's expansion in Japanese, after the English one.
    /// Argument: the Japanese expansion.
    glossary_rendering: fn(&str) -> String {
        en: |ja| format!(" ({ja})"),
        ja: |ja| format!("（{ja}）"),
    },

    // ---------------------------------------------------------------- story
    /// `/story`: the guided story's title (`h1` of its first screen).
    story_title: &'static str {
        en: "The partnership, step by step",
        ja: "日NATOパートナーシップの歩み",
    },
    /// `/story`: meta description.
    story_description: &'static str {
        en: "How Japan and NATO came to work together, told one milestone at a time, each step backed by quotes from the sources.",
        ja: "日本とNATOが協力するようになった経緯を、節目ごとに一つずつたどります。各ステップは資料からの引用に基づいています。",
    },
    /// A story of a filtered chronology: its title.
    story_title_filtered: &'static str {
        en: "The chronology as a story",
        ja: "絞り込んだ年表をストーリーで",
    },
    /// A story of a filtered chronology: its first screen's text.
    /// Argument: how many steps.
    story_filtered_lead: fn(usize) -> String {
        en: |n| format!("The {} these filters select, one a screen, in time order.", en_events(n)),
        ja: |n| format!("この条件に当てはまる{}を、古い順に一件ずつたどります。", ja_events(n)),
    },
    /// A story with no steps (its filters match nothing).
    story_empty: &'static str {
        en: "No event matches these filters, so this story has no steps.",
        ja: "この条件に当てはまる出来事がないため、ストーリーにはステップがありません。",
    },
    /// The link from a story's first screen to its first step.
    story_begin: &'static str {
        en: "Begin",
        ja: "はじめる",
    },
    /// Where a step stands. Arguments: the step (from 1), how many.
    story_step_of: fn(usize, usize) -> String {
        en: |step, steps| format!("Step {step} of {steps}"),
        ja: |step, steps| format!("ステップ {step}／{steps}"),
    },
    /// The `aria-label` of a step's previous/next navigation.
    story_steps_label: &'static str {
        en: "Steps",
        ja: "ステップの移動",
    },
    /// A step's link to the step before.
    story_previous: &'static str {
        en: "Previous",
        ja: "前へ",
    },
    /// A step's link to the step after.
    story_next: &'static str {
        en: "Next",
        ja: "次へ",
    },
    /// The first step's link back to the story's first screen.
    story_start: &'static str {
        en: "Start",
        ja: "最初へ",
    },
    /// The last step's link onwards, to the chronology.
    story_end: &'static str {
        en: "The chronology",
        ja: "年表へ",
    },
    /// How to move between steps, under the buttons.
    story_keys_hint: &'static str {
        en: "Keys ← and → move between steps (Home and End: first and last); on a touch screen, swipe.",
        ja: "← と → キーでステップを移動できます（Home と End で最初と最後）。タッチ画面ではスワイプで移動できます。",
    },
    /// The heading of the list of a story's steps.
    story_list_heading: &'static str {
        en: "Every step",
        ja: "すべてのステップ",
    },
    /// A step's link to the event's own page.
    story_event_page: &'static str {
        en: "The event's page",
        ja: "出来事のページ",
    },
    /// A step asked for that its story does not have.
    story_not_in_story: &'static str {
        en: "This event is not one of this story's steps.",
        ja: "この出来事はこのストーリーのステップではありません。",
    },
    /// A story's chart: its title.
    story_chart_title: &'static str {
        en: "The story's steps in time",
        ja: "ステップの時間上の位置",
    },
    /// A story's chart: the key to its marks.
    story_chart_seen: &'static str {
        en: "seen",
        ja: "既読",
    },
    story_chart_current: &'static str {
        en: "this step",
        ja: "このステップ",
    },
    story_chart_to_come: &'static str {
        en: "to come",
        ja: "これから",
    },
    /// A story's chart: what its tip says until a mark is pointed at.
    story_chart_tip: &'static str {
        en: "Point at or tap a mark to see which step it is; a click or a second tap goes to it.",
        ja: "印にポインターを合わせるかタップすると、どのステップかを表示します。クリックするか、もう一度タップするとそのステップへ移ります。",
    },
    /// The chronology's link to its events played as a story.
    story_play: &'static str {
        en: "Play as a story",
        ja: "ストーリーで見る",
    },

    // ------------------------------------------------------------------ map
    /// `/map`: `h1` and document title.
    map_title: &'static str {
        en: "Where it happened",
        ja: "出来事の場所",
    },
    /// `/map`: the title a citation names while filters are active.
    map_title_filtered: &'static str {
        en: "Where it happened (filtered)",
        ja: "出来事の場所（絞り込み済み）",
    },
    /// `/map`: meta description. Argument: how many places events name.
    map_description: fn(usize) -> String {
        en: |n| format!("A map of the {} places the Japan–NATO partnership's events name, from the Balkans to the Pacific, each with its events and sources.", en_count_in_words(n)),
        ja: |n| format!("日NATOパートナーシップの出来事が挙げる{n}か所の地図。バルカンから太平洋まで、各地の出来事と出典をたどれます。"),
    },
    /// `/map`: the lead.
    map_lead: &'static str {
        en: "Each mark is a place the sources name, sized by its events. Choose one to narrow the chronology below to it; search and filters redraw the marks.",
        ja: "印は資料が挙げる場所で、大きさは出来事の数を表します。印を選ぶと下の年表がその場所に絞り込まれ、検索や絞り込みに応じて印も変わります。",
    },
    /// The `aria-label` of the map's figure.
    map_label: &'static str {
        en: "World map of the places the events name",
        ja: "出来事が挙げる場所の世界地図",
    },
    /// A mark's accessible name and tooltip. Arguments: the place, its count.
    map_mark: fn(&str, usize) -> String {
        en: |place, n| format!("{place}: {}", en_events(n)),
        ja: |place, n| format!("{place}：出来事{n}件"),
    },
    /// A chosen mark's accessible name. Argument: the place.
    map_mark_chosen: fn(&str) -> String {
        en: |place| format!("{place} (chosen; choose again to remove)"),
        ja: |place| format!("{place}（選択中。もう一度選ぶと解除）"),
    },
    /// The caption of the table of places, the map's text alternative.
    map_table_caption: &'static str {
        en: "Places and their events",
        ja: "場所と出来事の数",
    },
    /// The table's column of places.
    map_column_place: &'static str {
        en: "Place",
        ja: "場所",
    },
    /// The table's column of counts.
    map_column_events: &'static str {
        en: "Events",
        ja: "出来事",
    },
    /// Shown instead of the table when no event in view names a place.
    map_no_places: &'static str {
        en: "No event these filters leave names a place.",
        ja: "この絞り込みで残る出来事には、場所の記載がありません。",
    },
    /// The map's credit line.
    map_credit: &'static str {
        en: "Land and borders: Natural Earth (public domain). Places: GeoNames (CC BY 4.0) and Natural Earth.",
        ja: "陸地と国境：Natural Earth（パブリックドメイン）。場所：GeoNames（CC BY 4.0）およびNatural Earth。",
    },
    /// An event page's locator map: its accessible name. Argument: the
    /// event's places, listed.
    map_locator: fn(&str) -> String {
        en: |places| format!("Map: {places}"),
        ja: |places| format!("地図：{places}"),
    },
}
