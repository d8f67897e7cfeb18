//! The interface's words in both editions, as one typed table: every
//! user-visible string the app itself writes (not the dataset's text, which
//! `data/ja/` translates), one field each. A field missing from either
//! edition is a compile error. Views read it through
//! `crate::context::use_strings` in the app; the core's page heads,
//! exports and update notices take it as an argument.
//!
//! [`EN`] is the English edition (one of anything reads "1 topic",
//! "1 event", everywhere); [`JA`] is the Japanese edition.
//!
//! Fixed text is a `&'static str`; text with numbers or names in it is a
//! `fn` that builds it, so each edition places them, counts and pluralises
//! them in its own way. Dates arrive already written in the edition's form
//! ([`Strings::date`]); years arrive as numbers.
//!
//! Why not `leptos_i18n` (0.6.2, measured on these same 278 strings in a
//! minimal Leptos 0.8 app built like the explorer, 2026-12-02): a missing
//! Japanese key is only a build warning and shows the English text; its
//! provider takes the language from the browser, not the address; and it
//! costs more: this table adds 25.1 kB brotli to the module, leptos_i18n
//! with its provider and `t!` 92.3 kB (its leanest form, `td_string!`
//! without the provider, 32.9 kB).

use super::Lang;

/// Every interface string of the explorer, in one edition.
pub struct Strings {
    /// The edition these strings belong to.
    pub lang: Lang,
    // ---------------------------------------------------------------- frame
    /// The site's name: the header's brand link, the embed bar, the home
    /// page's `h1` and title, and the end of every document title.
    pub site_name: &'static str,
    /// The document title of a page: its title and the site's name (the
    /// site's name alone for the home page). Argument: the page's title.
    pub document_title: fn(&str) -> String,
    /// The skip link before the header, to `<main>`.
    pub skip_link: &'static str,
    /// The `aria-label` of the header's `<nav>`.
    pub nav_label: &'static str,
    /// Header navigation: the overview (`/`).
    pub nav_overview: &'static str,
    /// Header navigation: the chronology (`/timeline`).
    pub nav_chronology: &'static str,
    /// Header navigation: the topics (`/topics`).
    pub nav_topics: &'static str,
    /// Header navigation: the debates (`/perspectives`).
    pub nav_debates: &'static str,
    /// Header navigation: the sources (`/sources`).
    pub nav_sources: &'static str,
    /// Header navigation: about (`/about`).
    pub nav_about: &'static str,
    /// Embed mode's bar: the link to the same view in the full explorer.
    pub embed_open_full: &'static str,
    /// Embed mode's bar: visually hidden after that link.
    pub opens_in_new_tab: &'static str,
    /// The footer's sentence. Arguments: how many source documents, the
    /// dataset's version, the dataset's date (in the edition's form:
    /// [`Strings::date`]).
    pub footer: fn(usize, &str, &str) -> String,
    /// The footer's link to `/about`.
    pub footer_link: &'static str,

    // -------------------------------------------------------------- notices
    /// Notice when a new build is waiting, before the reload button.
    pub update_available: &'static str,
    /// The button in that notice.
    pub update_reload: &'static str,
    /// Notice while the browser is offline.
    pub offline: &'static str,
    /// Dataset notice: a newer dataset is in use. Argument: its version.
    pub dataset_switched: fn(&str) -> String,
    /// Dataset notice: the bundled data stays. Arguments: the bundled
    /// version, and why (one of the reasons below).
    pub dataset_kept: fn(&str, &str) -> String,
    /// Reason: the newer dataset could not be loaded. Arguments: its
    /// address, and what went wrong (one of the three `fetch_` texts).
    pub dataset_fetch_failed: fn(&str, &str) -> String,
    /// What went wrong fetching: no response. Argument: the error.
    pub fetch_unreachable: fn(&str) -> String,
    /// What went wrong fetching: an HTTP error. Argument: the status.
    pub fetch_http: fn(u16) -> String,
    /// What went wrong fetching: the body could not be read. Argument: the error.
    pub fetch_unreadable: fn(&str) -> String,
    /// Reason: the configuration file is not JSON. Arguments: its name
    /// (`explorer-config.json`), the parser's error.
    pub config_not_json: fn(&str, &str) -> String,
    /// Reason: the configuration file is not an object. Argument: its name.
    pub config_not_object: fn(&str) -> String,
    /// Reason: the configuration's `datasetUrl` is not a URL. Argument: its name.
    pub config_bad_url: fn(&str) -> String,
    /// Reason: the newer dataset failed validation. Arguments: the first
    /// problem (the validator's own English text), how many problems in all.
    pub dataset_invalid: fn(&str, usize) -> String,

    // ----------------------------------------------------- page heads (h1s)
    /// The home page's meta description (also in `index.html`).
    pub home_description: &'static str,
    /// `/timeline`: `h1` and document title.
    pub timeline_title: &'static str,
    /// `/timeline`: the title a citation names while filters are active.
    pub timeline_title_filtered: &'static str,
    /// `/timeline`: meta description. Argument: the coverage ([`Strings::coverage`]).
    pub timeline_description: fn(&str) -> String,
    /// The span of the chronology, in the timeline's lead and description.
    /// Arguments: the first event's date as the edition writes it (none
    /// without events), the last year any event reaches.
    pub coverage: fn(Option<&str>, i32) -> String,
    /// `/topics`: `h1` and document title.
    pub topics_title: &'static str,
    /// `/topics`: meta description.
    pub topics_description: &'static str,
    /// `/sources`: `h1` and document title.
    pub sources_title: &'static str,
    /// `/sources`: meta description. Argument: how many sources.
    pub sources_description: fn(usize) -> String,
    /// `/perspectives`: `h1` and document title.
    pub perspectives_title: &'static str,
    /// `/perspectives`: meta description.
    pub perspectives_description: &'static str,
    /// `/about`: `h1` and document title.
    pub about_title: &'static str,
    /// `/about`: meta description.
    pub about_description: &'static str,
    /// The not-found page (and `404.html`): `h1` and document title.
    pub not_found_title: &'static str,
    /// The not-found page: meta description.
    pub not_found_description: &'static str,

    // ------------------------------------------------------------- overview
    /// Overview: the lead paragraph.
    pub home_lead: &'static str,
    /// Overview, second paragraph: before the link to `/sources`.
    /// Argument: how many sources.
    pub home_sources_before: fn(usize) -> String,
    /// Overview, second paragraph: the link to `/sources`.
    pub home_sources_link: &'static str,
    /// Overview, second paragraph: after the link. Argument: how many sources.
    pub home_sources_after: fn(usize) -> String,
    /// Overview: the button to the chronology.
    pub home_cta_chronology: &'static str,
    /// Overview: the button to the debates.
    pub home_cta_debates: &'static str,
    /// Overview: the heading above the events-per-year chart.
    pub home_glance_heading: &'static str,
    /// Overview: the heading of the key figures.
    pub home_figures_heading: &'static str,
    /// Key figures: how many events.
    pub figure_events: &'static str,
    /// Key figures: the years covered.
    pub figure_years: &'static str,
    /// Key figures: the years covered, its value. Arguments: the first
    /// event's date as the edition writes it, the last year.
    pub figure_years_value: fn(&str, i32) -> String,
    /// Key figures: how many topics.
    pub figure_topics: &'static str,
    /// Key figures: how many source documents.
    pub figure_sources: &'static str,
    /// Key figures: how many quotes.
    pub figure_quotes: &'static str,
    /// Overview: the heading of the latest events.
    pub home_latest_heading: &'static str,
    /// Overview: the link under the latest events to all, newest first.
    pub home_latest_all: &'static str,
    /// Overview: the heading of the eras.
    pub home_eras_heading: &'static str,
    /// Overview: the heading of the topic links.
    pub home_topics_heading: &'static str,
    /// A count after a name: the overview's topic links, the filter
    /// panel's topics. Argument: the count.
    pub count_in_parens: fn(usize) -> String,
    /// An era's years: the overview's era links, the chronology's era
    /// headings. Arguments: its first and last year.
    pub era_years: fn(i32, i32) -> String,

    // ----------------------------------------------------------- chronology
    /// `/timeline`: the lead. Argument: the coverage ([`Strings::coverage`]).
    pub timeline_lead: fn(&str) -> String,
    /// `/timeline`: the lead's second sentence (hidden on a phone).
    pub timeline_lead_more: &'static str,

    // --------------------------------------------------------- filter panel
    /// The `aria-label` of the search and filter panel.
    pub filter_panel_label: &'static str,
    /// The search box's label.
    pub search_label: &'static str,
    /// The search box's placeholder.
    pub search_placeholder: &'static str,
    /// The summary of the folded filters.
    pub filters_summary: &'static str,
    /// After that summary while filters are active, on wide screens.
    /// Argument: how many facets are active.
    pub filters_active_long: fn(usize) -> String,
    /// The same on a phone.
    pub filters_active_brief: fn(usize) -> String,
    /// Facet legend: topics.
    pub facet_topics: &'static str,
    /// Facet legend: event types.
    pub facet_type: &'static str,
    /// Facet label: actors.
    pub facet_actor: &'static str,
    /// The actor select's first option while none is chosen.
    pub facet_actor_any: &'static str,
    /// The actor select's first option once one is chosen.
    pub facet_actor_add: &'static str,
    /// Facet label: sources.
    pub facet_source: &'static str,
    /// The source select's first option while none is chosen.
    pub facet_source_any: &'static str,
    /// The source select's first option once one is chosen.
    pub facet_source_add: &'static str,
    /// Facet legend: years.
    pub facet_years: &'static str,
    /// The label of the first year's select.
    pub facet_from: &'static str,
    /// The label of the last year's select.
    pub facet_to: &'static str,
    /// The year selects' option for no bound.
    pub facet_any_year: &'static str,
    /// The `aria-label` of a facet's list of chosen values. Argument: the
    /// facet's label (`facet_actor` or `facet_source`).
    pub chosen_label: fn(&str) -> String,
    /// Visually hidden in a chosen value's chip. Argument: the facet's label.
    pub chosen_remove: fn(&str) -> String,

    // ---------------------------------------------------------- results bar
    /// The `aria-label` of the list of active-filter chips.
    pub active_filters_label: &'static str,
    /// A chip's kind, as shown before its value. Argument: one of the
    /// `chip_` kinds below.
    pub chip_kind: fn(&str) -> String,
    /// Chip kind: the search text.
    pub chip_search: &'static str,
    /// Chip kind: a topic.
    pub chip_topic: &'static str,
    /// Chip kind: an event type.
    pub chip_type: &'static str,
    /// Chip kind: an actor.
    pub chip_actor: &'static str,
    /// Chip kind: a source.
    pub chip_source: &'static str,
    /// Chip kind: the years.
    pub chip_years: &'static str,
    /// A search chip's value. Argument: the search text.
    pub chip_search_value: fn(&str) -> String,
    /// A years chip's value. Arguments: the first and last year, if set.
    pub chip_years_value: fn(Option<i32>, Option<i32>) -> String,
    /// Visually hidden in every chip.
    pub chip_remove: &'static str,
    /// The last chip, and the empty state's link: clear every filter.
    pub clear_all_filters: &'static str,
    /// How many events match (`role="status"`). Argument: the count.
    pub result_count: fn(usize) -> String,
    /// The order select's label.
    pub sort_label: &'static str,
    /// Order option: oldest first.
    pub sort_oldest: &'static str,
    /// Order option: newest first.
    pub sort_newest: &'static str,
    /// The summary of the cite-and-download menu, on wide screens.
    pub export_menu: &'static str,
    /// The same on a phone.
    pub export_menu_brief: &'static str,

    // -------------------------------------------------- toolbar and exports
    /// The citation button (event pages, the export menu); also in bold in
    /// the About page's "How to cite".
    pub cite_view: &'static str,
    /// The CSV download button.
    pub download_csv: &'static str,
    /// The JSON download button.
    pub download_json: &'static str,
    /// Status after the citation was copied. Argument: the citation.
    pub citation_copied: fn(&str) -> String,
    /// Status when the clipboard refused. Argument: the citation.
    pub citation_copy_this: fn(&str) -> String,
    /// Status after a download. Arguments: how many events, the format
    /// ("CSV" or "JSON").
    pub downloaded: fn(usize, &str) -> String,
    /// A citation of a page.
    pub citation: fn(&CitationParts) -> String,
    /// The CSV download's header row, column by column. The columns are
    /// field names for programs, the same in both editions.
    pub csv_header: [&'static str; 11],

    // ------------------------------------------------- chronology component
    /// The empty state's heading.
    pub no_results_heading: &'static str,
    /// The empty state's advice.
    pub no_results_text: &'static str,
    /// The note shown without JavaScript above the list.
    pub no_app_note: &'static str,
    /// Added to that note when the list is cut. Arguments: how many are
    /// shown, how many in all.
    pub no_app_first_shown: fn(usize, usize) -> String,
    /// The "show more" button. Arguments: how many are shown, how many in all.
    pub show_more: fn(usize, usize) -> String,

    // -------------------------------------------- cards, quotes, topic tags
    /// An event card: before its sources' titles.
    pub card_source_label: &'static str,
    /// Between the source titles on an event card.
    pub source_list_separator: &'static str,
    /// Between the items of a list in running text: an event's places, a
    /// source's authors, actors and acronyms, glossary aliases, the
    /// busiest years of a sparkline, the parts of a year bar's label.
    pub list_separator: &'static str,
    /// The `aria-label` of a record's list of topic links.
    pub topic_tags_label: &'static str,
    /// Before the source title under a quote.
    pub quote_attribution: &'static str,

    // ----------------------------------------------------------- event page
    /// Event page: the kicker's link to the chronology.
    pub event_kicker_chronology: &'static str,
    /// Event page: before the date note.
    pub event_date_note: &'static str,
    /// Event page: the heading of the discrepancy box.
    pub event_discrepancy_heading: &'static str,
    /// Event page: the heading of the quotes.
    pub event_evidence_heading: &'static str,
    /// Event page: the heading of the details.
    pub event_details_heading: &'static str,
    /// Event page, details: topics.
    pub event_topics: &'static str,
    /// Event page, details: actors.
    pub event_actors: &'static str,
    /// Event page, details: places.
    pub event_places: &'static str,
    /// Event page: the heading of the related events.
    pub event_related_heading: &'static str,
    /// Event page: the `aria-label` of the previous/next navigation.
    pub event_steps_label: &'static str,
    /// Event page: the label of the link to the previous event.
    pub event_previous: &'static str,
    /// Event page: the label of the link to the next event.
    pub event_next: &'static str,

    // ---------------------------------------------------- topics and topic
    /// `/topics`: the lead.
    pub topics_lead: &'static str,
    /// `/topics`: a card's counts. Arguments: how many events, how many
    /// debates, the first and last year of its events (none without events).
    pub topic_card_counts: fn(usize, usize, Option<(i32, i32)>) -> String,
    /// Topic page: the kicker's link to `/topics`.
    pub topic_kicker: &'static str,
    /// Topic page: the summary of the folded quotes.
    pub topic_evidence_summary: &'static str,
    /// Topic page: the heading of its debates.
    pub topic_debates_heading: &'static str,
    /// Topic page: the heading of its chronology.
    pub topic_chronology_heading: &'static str,

    // -------------------------------------------------- sources and source
    /// `/sources`: the lead. Argument: how many sources.
    pub sources_lead: fn(usize) -> String,
    /// `/sources`: a card's second line. Arguments: the kind's label, the
    /// date as the edition writes it, the date kind's label, how many
    /// events cite it.
    pub source_card_meta: fn(&str, &str, &str, usize) -> String,
    /// `/sources`: a card's first line when no organisation is named.
    pub source_publisher_unnamed: &'static str,
    /// Source page: the kicker's link to `/sources`.
    pub source_kicker: &'static str,
    /// Source page, details: kind.
    pub source_kind: &'static str,
    /// Source page, details: organisation.
    pub source_organisation: &'static str,
    /// Source page, details: no organisation named.
    pub source_organisation_unnamed: &'static str,
    /// Source page, details: authors.
    pub source_authors: &'static str,
    /// Source page, details: no author named.
    pub source_authors_unnamed: &'static str,
    /// Source page, details: date.
    pub source_date: &'static str,
    /// Source page, details: after the date. Argument: the date kind's label.
    pub source_date_kind: fn(&str) -> String,
    /// Source page, details: the file.
    pub source_file: &'static str,
    /// Source page: the heading of its characteristic quote.
    pub source_quote_heading: &'static str,
    /// Source page: the heading of the events citing it. Argument: how many.
    pub source_events_heading: fn(usize) -> String,
    /// Source page: before the link when the list is cut. Argument: how
    /// many cards are shown.
    pub source_first_shown: fn(usize) -> String,
    /// Source page: the link to all of them in the chronology when the
    /// list is cut. Argument: how many in all.
    pub source_open_all: fn(usize) -> String,
    /// Source page: that link when the list is whole.
    pub source_open_these: &'static str,
    /// Source page: the heading of the other records citing it.
    pub source_others_heading: &'static str,
    /// Source page, other records: topics.
    pub source_topics: &'static str,
    /// Source page, other records: debates.
    pub source_debates: &'static str,
    /// Source page, other records: actors.
    pub source_actors: &'static str,
    /// Source page, other records: acronyms.
    pub source_acronyms: &'static str,

    // --------------------------------------------------------- perspectives
    /// `/perspectives`: the lead.
    pub perspectives_lead: &'static str,
    /// `/perspectives`: between a source's title and its position.
    pub position_separator: &'static str,

    // ---------------------------------------------------------------- about
    /// `/about`: the lead.
    pub about_lead: &'static str,
    /// `/about`: the method's heading.
    pub about_method_heading: &'static str,
    /// `/about`, method: before the link to `/sources`. Argument: how many sources.
    pub about_method_before: fn(usize) -> String,
    /// `/about`, method: the link to `/sources`.
    pub about_method_link: &'static str,
    /// `/about`, method: after the link. Argument: how many sources.
    pub about_method_after: fn(usize) -> String,
    /// `/about`, dates paragraph: before the emphasised word.
    pub about_dates_before: &'static str,
    /// `/about`, dates paragraph: the emphasised word for "by" dates.
    pub about_dates_by: &'static str,
    /// `/about`, dates paragraph: after it.
    pub about_dates_after: &'static str,
    /// `/about`: the heading of how to cite.
    pub about_cite_heading: &'static str,
    /// `/about`, how to cite: before the button's name ([`Strings::cite_view`], in bold).
    pub about_cite_before: &'static str,
    /// `/about`, how to cite: after it.
    pub about_cite_after: &'static str,
    /// `/about`: the page title in the example citation.
    pub about_example_title: &'static str,
    /// `/about`: under the example citation.
    pub about_cite_links: &'static str,
    /// `/about`: the heading of how to embed.
    pub about_embed_heading: &'static str,
    /// `/about`: how to embed.
    pub about_embed_text: &'static str,
    /// `/about`: the example iframe, shown as code.
    pub about_embed_code: &'static str,
    /// `/about`: the heading of the data version.
    pub about_version_heading: &'static str,
    /// `/about`: the data version and what the dataset holds.
    pub about_version: fn(&DatasetSummary) -> String,
    /// `/about`: the heading of the glossary.
    pub about_glossary_heading: &'static str,
    /// `/about`, glossary: after a term with other spellings. Argument:
    /// them, joined with [`Strings::list_separator`].
    pub glossary_aliases: fn(&str) -> String,
    /// `/about`, glossary: a term with both an expansion and a note.
    /// Arguments: the expansion, the note.
    pub glossary_meaning: fn(&str, &str) -> String,
    /// `/about`, glossary, Japanese edition: what follows a term's marked-up
    /// expansion (`lang="en"`, then [`Strings::glossary_rendering`]) when
    /// it also has a note: the same as [`Strings::glossary_meaning`]
    /// without the expansion. Argument: the note.
    pub glossary_note_after: fn(&str) -> String,

    // ------------------------------------------------------------ not found
    /// The not-found page's explanation.
    pub not_found_text: &'static str,
    /// The not-found page: link to the overview.
    pub not_found_overview: &'static str,
    /// The not-found page: link to the chronology.
    pub not_found_chronology: &'static str,
    /// The not-found page: link to the topics.
    pub not_found_topics: &'static str,

    // ------------------------------------------ visual timeline (time chart)
    /// The chart's title above a chronology.
    pub chart_title: &'static str,
    /// The chart's caption after its title. Arguments: first and last year
    /// of the axis, how many events match, how many the view holds.
    pub chart_caption: fn(i32, i32, usize, usize) -> String,
    /// Added to the caption when the chart shows bars instead of marks.
    pub chart_bars_note: &'static str,
    /// The plot's `aria-label` when it shows bars.
    pub chart_plot_bars: &'static str,
    /// The plot's `aria-label` when it shows a mark per event.
    pub chart_plot_marks: &'static str,
    /// Legend: how a decade or a span is drawn (wide screens).
    pub legend_range: &'static str,
    /// Legend: the same on a phone.
    pub legend_range_brief: &'static str,
    /// Legend: how a "by" date is drawn (wide screens).
    pub legend_open: &'static str,
    /// Legend: the same on a phone.
    pub legend_open_brief: &'static str,
    /// Era key, while filters are active: an era's counts. Arguments: how
    /// many events, how many match. (Unfiltered it is [`Strings::events`].)
    pub era_key_filtered: fn(usize, usize) -> String,
    /// Era key: one era. Arguments: its name, first and last year, its counts.
    pub era_key_entry: fn(&str, i32, i32, &str) -> String,
    /// The summary of the folded tables under the chart.
    pub chart_numbers_summary: &'static str,
    /// Table caption: events per era.
    pub table_era_caption: &'static str,
    /// Table header: era.
    pub table_era: &'static str,
    /// Table header: events (both tables).
    pub table_events: &'static str,
    /// Table header: matching events (both tables).
    pub table_matching: &'static str,
    /// Table row header: one era. Arguments: its number, name, first and last year.
    pub table_era_row: fn(usize, &str, i32, i32) -> String,
    /// Table caption: events per year.
    pub table_year_caption: &'static str,
    /// Table header: year (the chart's tables).
    pub table_year: &'static str,
    /// A mark's `aria-label`, and the tip for it. Arguments: the event's
    /// date as the edition writes it, its title, its type's label.
    pub mark_label: fn(&str, &str, &str) -> String,
    /// A bar's `aria-label` (large datasets). Arguments: the year, how
    /// many events, how many match.
    pub bar_label: fn(i32, usize, usize) -> String,
    /// The span control's `aria-label`.
    pub brush_label: &'static str,
    /// The span control's `aria-valuetext` while a span is being chosen.
    /// Arguments: its first and last year.
    pub brush_choosing: fn(i32, i32) -> String,
    /// The span control's `aria-valuetext` while a span is shown.
    /// Arguments: its first and last year.
    pub brush_shown: fn(i32, i32) -> String,
    /// The span control's `aria-valuetext` without a span.
    pub brush_every_year: &'static str,
    /// The tip under the chart before a mark is pointed at.
    pub chart_tip: &'static str,

    // --------------------------------------- overview chart and sparklines
    /// The overview chart's title.
    pub year_chart_title: &'static str,
    /// The overview chart's caption after its title. Arguments: the first
    /// and last year of the axis.
    pub year_chart_caption: fn(i32, i32) -> String,
    /// The overview chart's `aria-label`.
    pub year_chart_plot: &'static str,
    /// The summary of its folded table.
    pub year_chart_numbers: &'static str,
    /// Its table's caption.
    pub year_table_caption: &'static str,
    /// Its table's header: year.
    pub year_table_year: &'static str,
    /// Its table's header: all kinds.
    pub year_table_all: &'static str,
    /// A year bar's `aria-label`. Arguments: the year, how many events,
    /// its parts ([`Strings::year_bar_part`] joined with
    /// [`Strings::list_separator`]).
    pub year_bar_label: fn(i32, usize, &str) -> String,
    /// One part of that label. Arguments: how many, the group's `_short` label.
    pub year_bar_part: fn(usize, &str) -> String,
    /// A topic card's sparkline `aria-label` without events. Arguments:
    /// the axis' first and last year.
    pub sparkline_empty: fn(i32, i32) -> String,
    /// A topic card's sparkline `aria-label`. Arguments: the axis' first
    /// and last year, the most events in a year, the years with that many
    /// (joined with [`Strings::list_separator`]).
    pub sparkline_label: fn(i32, i32, usize, &str) -> String,

    // ----------------------------------------------------------- counts
    /// A number of events: the era key, and wherever a plain count is said.
    pub events: fn(usize) -> String,
    /// A year's heading in the chronology ("2014", "2014年").
    pub year_heading: fn(i32) -> String,

    // ---------------------------------------------------- type groups
    /// Type group (agreements, meetings, institutional steps, policy):
    /// legends and table headers.
    pub group_framework: &'static str,
    /// The same in the middle of a sentence (year bars' labels).
    pub group_framework_short: &'static str,
    /// The same where a phone's legend has room for one word.
    pub group_framework_brief: &'static str,
    /// Type group (exercises, operations, contributions, capabilities).
    pub group_practice: &'static str,
    /// The same in the middle of a sentence.
    pub group_practice_short: &'static str,
    /// The same in one word.
    pub group_practice_brief: &'static str,
    /// Type group (statements, wider context).
    pub group_context: &'static str,
    /// The same in the middle of a sentence.
    pub group_context_short: &'static str,
    /// The same in one word.
    pub group_context_brief: &'static str,

    // ---------------------------------------------------- event types
    /// `EventType::Agreement`: cards, event pages, the type facet and chips,
    /// the chart's marks and legend tooltips.
    pub type_agreement: &'static str,
    /// `EventType::Meeting`.
    pub type_meeting: &'static str,
    /// `EventType::Exercise`.
    pub type_exercise: &'static str,
    /// `EventType::Operation`.
    pub type_operation: &'static str,
    /// `EventType::Institutional`.
    pub type_institutional: &'static str,
    /// `EventType::Contribution`.
    pub type_contribution: &'static str,
    /// `EventType::Policy`.
    pub type_policy: &'static str,
    /// `EventType::Capability`.
    pub type_capability: &'static str,
    /// `EventType::Statement`.
    pub type_statement: &'static str,
    /// `EventType::Context`.
    pub type_context: &'static str,

    // ------------------------------------------- source, date, actor kinds
    /// `SourceKind::Official`: source cards and pages.
    pub source_kind_official: &'static str,
    /// `SourceKind::AcademicProject`.
    pub source_kind_academic_project: &'static str,
    /// `SourceKind::Commentary`.
    pub source_kind_commentary: &'static str,
    /// `SourceKind::Analysis`.
    pub source_kind_analysis: &'static str,
    /// `DateKind::Published`: after a source's date, in parentheses.
    pub date_kind_published: &'static str,
    /// `DateKind::LastUpdated`.
    pub date_kind_last_updated: &'static str,
    /// `DateKind::Inferred`.
    pub date_kind_inferred: &'static str,

    // ------------------------------------------------------------ editions
    /// The header's link to the same view in the other edition, written in
    /// that edition's language ("日本語", "English").
    pub switch_to_other: &'static str,
    /// Its accessible description, in this edition's language.
    pub switch_to_other_hint: &'static str,
    /// On the English overview, when the browser prefers Japanese: the
    /// offer of the Japanese edition (in Japanese), before its link. Empty
    /// in the Japanese edition.
    pub offer_other: &'static str,
    /// The link of that offer.
    pub offer_other_link: &'static str,
    /// The offer's button that declines it (and remembers English).
    pub offer_other_dismiss: &'static str,
    /// The label before a quote's reference translation.
    pub rendering_label: &'static str,
    /// On a record the edition shows in English for want of a translation.
    pub untranslated_note: &'static str,
    /// The About page: the section on the two editions.
    pub about_editions_heading: &'static str,
    /// Its paragraphs.
    pub about_editions_text: [&'static str; 3],
    /// A glossary entry's expansion in Japanese, after the English one.
    /// Argument: the Japanese expansion.
    pub glossary_rendering: fn(&str) -> String,
}

impl Strings {
    /// A date as this edition writes it.
    pub fn date(&self, date: &crate::data::DateSpec) -> String {
        match self.lang {
            Lang::En => date.to_string(),
            Lang::Ja => date.japanese(),
        }
    }

    /// An event type's label.
    pub fn event_type(&self, kind: crate::data::EventType) -> &'static str {
        use crate::data::EventType as T;
        match kind {
            T::Agreement => self.type_agreement,
            T::Meeting => self.type_meeting,
            T::Exercise => self.type_exercise,
            T::Operation => self.type_operation,
            T::Institutional => self.type_institutional,
            T::Contribution => self.type_contribution,
            T::Policy => self.type_policy,
            T::Capability => self.type_capability,
            T::Statement => self.type_statement,
            T::Context => self.type_context,
        }
    }

    /// A source kind's label.
    pub fn source_kind(&self, kind: crate::data::SourceKind) -> &'static str {
        use crate::data::SourceKind as K;
        match kind {
            K::Official => self.source_kind_official,
            K::AcademicProject => self.source_kind_academic_project,
            K::Commentary => self.source_kind_commentary,
            K::Analysis => self.source_kind_analysis,
        }
    }

    /// How a source's date was found.
    pub fn date_kind(&self, kind: crate::data::DateKind) -> &'static str {
        use crate::data::DateKind as K;
        match kind {
            K::Published => self.date_kind_published,
            K::LastUpdated => self.date_kind_last_updated,
            K::Inferred => self.date_kind_inferred,
        }
    }

    /// A group of event types, as a label ("Agreements, meetings and policy").
    pub fn group(&self, group: crate::logic::timeline::TypeGroup) -> &'static str {
        use crate::logic::timeline::TypeGroup as G;
        match group {
            G::Framework => self.group_framework,
            G::Practice => self.group_practice,
            G::Context => self.group_context,
        }
    }

    /// The group in the middle of a sentence ("4 agreements, meetings and policy").
    pub fn group_short(&self, group: crate::logic::timeline::TypeGroup) -> &'static str {
        use crate::logic::timeline::TypeGroup as G;
        match group {
            G::Framework => self.group_framework_short,
            G::Practice => self.group_practice_short,
            G::Context => self.group_context_short,
        }
    }

    /// One word for the group, where a phone's legend has room for no more.
    pub fn group_brief(&self, group: crate::logic::timeline::TypeGroup) -> &'static str {
        use crate::logic::timeline::TypeGroup as G;
        match group {
            G::Framework => self.group_framework_brief,
            G::Practice => self.group_practice_brief,
            G::Context => self.group_context_brief,
        }
    }
}

/// What a citation of a page names, each in the edition's form: named
/// fields, so that two texts cannot be passed in each other's place.
pub struct CitationParts<'a> {
    /// The page's title.
    pub title: &'a str,
    /// The page's address.
    pub url: &'a str,
    /// The dataset's version and date.
    pub version: &'a str,
    pub date: &'a str,
    /// The day the page was read.
    pub accessed: &'a str,
}

/// What the About page says of the dataset: its version and date (in the
/// edition's form, [`Strings::date`]) and how many records of each kind.
pub struct DatasetSummary<'a> {
    pub version: &'a str,
    pub date: &'a str,
    pub events: usize,
    pub topics: usize,
    pub actors: usize,
    pub debates: usize,
    pub acronyms: usize,
    pub documents: usize,
}

/// The interface strings of an edition.
///
/// The app's WebAssembly module is built once per edition, each with its
/// own edition's table alone (the crate's `english` and `japanese`
/// features), so that no reader downloads the other edition's interface;
/// such a build serves only its own edition's pages, and answers every
/// edition with its one table. Everything else builds with both.
pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        #[cfg(feature = "english")]
        Lang::En => &EN,
        #[cfg(feature = "japanese")]
        Lang::Ja => &JA,
        #[cfg(not(all(feature = "english", feature = "japanese")))]
        _ => ONLY_EDITION,
    }
}

#[cfg(all(feature = "english", not(feature = "japanese")))]
const ONLY_EDITION: &Strings = &EN;
#[cfg(all(feature = "japanese", not(feature = "english")))]
const ONLY_EDITION: &Strings = &JA;
#[cfg(not(any(feature = "english", feature = "japanese")))]
compile_error!("explorer-core needs the interface strings of an edition: feature `english`, `japanese` or both");

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

/// The English edition, exactly as the app shows it today.
pub const EN: Strings = Strings {
    lang: Lang::En,
    site_name: EN_SITE_NAME,
    document_title: |title| {
        if title == EN_SITE_NAME {
            title.to_owned()
        } else {
            format!("{title} · {EN_SITE_NAME}")
        }
    },
    skip_link: "Skip to content",
    nav_label: "Main",
    nav_overview: "Overview",
    nav_chronology: "Chronology",
    nav_topics: "Topics",
    nav_debates: "Debates",
    nav_sources: "Sources",
    nav_about: "About",
    embed_open_full: "Open the full explorer",
    opens_in_new_tab: " (opens in a new tab)",
    footer: |sources, version, date| {
        format!(
            "Every statement here is drawn from, and quotes, one of {} public source documents. Dataset version {version} of {date}.",
            en_count_in_words(sources)
        )
    },
    footer_link: "Method and how to cite",

    update_available: "A new version is available — ",
    update_reload: "reload",
    offline: "You are offline. Everything in the explorer still works.",
    dataset_switched: |version| {
        format!("Showing dataset version {version}, published after this app was built.")
    },
    dataset_kept: |version, why| format!("Showing the bundled data (version {version}): {why}"),
    dataset_fetch_failed: |url, why| format!("the newer dataset at {url} {why}."),
    fetch_unreachable: |err| format!("could not be fetched ({err})"),
    fetch_http: |status| format!("answered HTTP {status}"),
    fetch_unreadable: |err| format!("could not be read ({err})"),
    config_not_json: |file, err| format!("{file} is not valid JSON ({err})."),
    config_not_object: |file| format!("{file} is not a JSON object."),
    config_bad_url: |file| format!("{file} has a datasetUrl that is not a URL."),
    dataset_invalid: |first, problems| {
        let more = match problems {
            0 | 1 => String::new(),
            n => format!(" (and {} more problems)", n - 1),
        };
        format!("the newer dataset is not valid: {first}{more}.")
    },

    home_description: "How Japan and NATO came to work together, what they cooperate on, and what analysts argue about it: a sourced chronology and topic explorer.",
    timeline_title: "Chronology",
    timeline_title_filtered: "Chronology (filtered)",
    timeline_description: |coverage| {
        format!("Every dated step of the Japan–NATO partnership {coverage}, each with its sources, searchable and filterable.")
    },
    coverage: |first, last_year| {
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
    topics_title: "Topics",
    topics_description: "The areas in which Japan and NATO cooperate, and the themes analysts discuss, each with its events and sources.",
    sources_title: "Sources",
    sources_description: |n| {
        format!(
            "The {} public documents every statement in the Japan–NATO Partnership Explorer is drawn from.",
            en_count_in_words(n)
        )
    },
    perspectives_title: "Debates and open questions",
    perspectives_description: "What analysts and officials argue about the Japan–NATO partnership: will it last, China and Russia, Article 5, and more — each position quoted from its source.",
    about_title: "About this explorer",
    about_description: "What the Japan–NATO Partnership Explorer is, how it was made, how to cite and embed it, and the dataset version.",
    not_found_title: "Page not found",
    not_found_description: "This page does not exist in the Japan–NATO Partnership Explorer.",

    home_lead: "NATO and Japan have been in dialogue and cooperation since the early 1990s. A Joint Political Declaration in 2013 and a partnership and cooperation programme in 2014 gave the relationship a framework. After Russia's aggression against Ukraine, Prime Minister Kishida Fumio attended NATO's 2023 summit in Vilnius, where Japan signed a new, individually tailored partnership programme with NATO.",
    home_sources_before: |n| {
        format!(
            "This explorer follows that story through {} public documents, listed under ",
            en_count_in_words(n)
        )
    },
    home_sources_link: "Sources",
    home_sources_after: |_| ", and quotes them for every statement it makes.".to_owned(),
    home_cta_chronology: "Read the chronology",
    home_cta_debates: "See the debates",
    home_glance_heading: "The partnership at a glance",
    home_figures_heading: "In figures",
    figure_events: "Events",
    figure_years: "Years covered",
    figure_years_value: |first, last_year| format!("{first} – {last_year}"),
    figure_topics: "Topics",
    figure_sources: "Source documents",
    figure_quotes: "Quotes behind them",
    home_latest_heading: "Latest milestones",
    home_latest_all: "All events, newest first",
    home_eras_heading: "The eras of the partnership",
    home_topics_heading: "What they cooperate on",
    count_in_parens: |n| format!("({n})"),
    era_years: |from, to| format!("{from}–{to}"),

    timeline_lead: |coverage| format!("Every dated step of the partnership, {coverage}."),
    timeline_lead_more: " Dates are shown as precisely as the sources give them.",

    filter_panel_label: "Search and filter events",
    search_label: "Search events, quotes, actors and acronyms",
    search_placeholder: "Search events",
    filters_summary: "Filters",
    filters_active_long: |n| format!(" ({n} active)"),
    filters_active_brief: |n| format!(" ({n})"),
    facet_topics: "Topics",
    facet_type: "Type",
    facet_actor: "Actor",
    facet_actor_any: "Any actor",
    facet_actor_add: "Add an actor",
    facet_source: "Source",
    facet_source_any: "Any source",
    facet_source_add: "Add a source",
    facet_years: "Years",
    facet_from: "From",
    facet_to: "To",
    facet_any_year: "Any year",
    chosen_label: |label| format!("Chosen: {label}"),
    chosen_remove: |label| format!(" — remove this {}", label.to_lowercase()),

    active_filters_label: "Filters in force",
    chip_kind: |kind| format!("{kind}: "),
    chip_search: "Search",
    chip_topic: "Topic",
    chip_type: "Type",
    chip_actor: "Actor",
    chip_source: "Source",
    chip_years: "Years",
    chip_search_value: |q| format!("“{q}”"),
    chip_years_value: |from, to| match (from, to) {
        (Some(from), Some(to)) if from == to => from.to_string(),
        (Some(from), Some(to)) => format!("{from}–{to}"),
        (Some(from), None) => format!("from {from}"),
        (None, Some(to)) => format!("up to {to}"),
        (None, None) => String::new(),
    },
    chip_remove: " — remove",
    clear_all_filters: "Clear all filters",
    result_count: |n| match n {
        0 => "No events match".to_owned(),
        1 => "1 event".to_owned(),
        n => format!("{n} events"),
    },
    sort_label: "Order",
    sort_oldest: "Oldest first",
    sort_newest: "Newest first",
    export_menu: "Cite or download",
    export_menu_brief: "Cite or save",

    cite_view: "Cite this view",
    download_csv: "Download CSV",
    download_json: "Download JSON",
    citation_copied: |text| format!("Citation copied: {text}"),
    citation_copy_this: |text| format!("Copy this citation: {text}"),
    downloaded: |n, format| format!("Downloaded {} as {format}", en_events(n)),
    citation: |c| {
        format!(
            "“{}”. Japan–NATO Partnership Explorer, dataset version {} ({}). {} (accessed {}).",
            c.title, c.version, c.date, c.url, c.accessed
        )
    },
    csv_header: [
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

    no_results_heading: "No events match",
    no_results_text: "Try fewer words, another spelling, or fewer filters. Search looks at titles, summaries, quotes, actors and acronyms.",
    no_app_note: "Search and filters need JavaScript, which is off or blocked here, so this list shows all its events in date order, whatever the address asks for.",
    no_app_first_shown: |shown, total| {
        format!(" The first {shown} of {total} are shown; each event has its own page.")
    },
    show_more: |shown, total| format!("Show more ({shown} of {total} shown)"),

    card_source_label: "Source: ",
    source_list_separator: "; ",
    list_separator: ", ",
    topic_tags_label: "Topics",
    quote_attribution: "— ",

    event_kicker_chronology: "Chronology",
    event_date_note: "About the date: ",
    event_discrepancy_heading: "The sources differ",
    event_evidence_heading: "What the sources say",
    event_details_heading: "Details",
    event_topics: "Topics",
    event_actors: "Actors",
    event_places: "Places",
    event_related_heading: "Related events",
    event_steps_label: "Previous and next events",
    event_previous: "Previous",
    event_next: "Next",

    topics_lead: "The areas in which Japan and NATO cooperate, and the themes the sources discuss.",
    topic_card_counts: |events, debates, years| {
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
    topic_kicker: "All topics",
    topic_evidence_summary: "What the sources say",
    topic_debates_heading: "Debates on this topic",
    topic_chronology_heading: "Chronology",

    sources_lead: |n| {
        format!(
            "Every statement in this explorer is drawn from these {} documents and quotes one of them word for word. Where a document does not say something — a date, an author — we say so rather than guess.",
            en_count_in_words(n)
        )
    },
    source_card_meta: |kind, date, date_kind, cited| {
        format!("{kind} · {date} ({date_kind}) · cited by {}", en_events(cited))
    },
    source_publisher_unnamed: "Publisher not named",
    source_kicker: "All sources",
    source_kind: "Kind",
    source_organisation: "Organisation",
    source_organisation_unnamed: "Not named",
    source_authors: "Authors",
    source_authors_unnamed: "Not named",
    source_date: "Date",
    source_date_kind: |kind| format!(" ({kind}) "),
    source_file: "File",
    source_quote_heading: "In its own words",
    source_events_heading: |n| format!("Events citing it ({n})"),
    source_first_shown: |shown| format!("The first {shown} are shown here; "),
    source_open_all: |n| format!("open all {n} in the chronology, with filters"),
    source_open_these: "Open these events in the chronology, with filters",
    source_others_heading: "Other records citing it",
    source_topics: "Topics",
    source_debates: "Debates",
    source_actors: "Actors",
    source_acronyms: "Acronyms",

    perspectives_lead: "The questions the sources raise and the positions they take, each quoted from its source. Summaries of positions are ours; the quotes are theirs.",
    position_separator: ": ",

    about_lead: "A guide to how Japan and NATO came to work together, what they cooperate on, and what analysts argue about it — for readers who want every statement traced to its source.",
    about_method_heading: "Method",
    about_method_before: |n| {
        format!(
            "Everything here comes from {} public documents, listed under ",
            en_count_in_words(n)
        )
    },
    about_method_link: "Sources",
    about_method_after: |_| {
        ". Every event, topic, actor, debate and acronym carries at least one quote copied word for word from one of them, and a check run with every change proves each quote is found in its document. Nothing comes from elsewhere.".to_owned()
    },
    about_dates_before: "Titles and summaries are in our own words, kept neutral. Dates are shown as precisely as the sources give them: a decade, a year, a month or a day. Where a source only reports that something had happened by the time it was written, the date says ",
    about_dates_by: "by",
    about_dates_after: " that year; where even the document's own date is only a lower bound (the analysis whose one date is a photograph's), the date says reported after that day. Where the sources disagree — on when the partnership programme was renewed, for example — both versions are kept and the difference is stated.",
    about_cite_heading: "How to cite",
    about_cite_before: "Each page has a ",
    about_cite_after: " button that copies a citation with the page's address, the dataset version and today's date. For example:",
    about_example_title: "Chronology",
    about_cite_links: "Every view's address holds its search and filters, so a cited link opens exactly what you saw.",
    about_embed_heading: "How to embed",
    about_embed_text: "Any page, with its filters, can be placed in another website in an iframe:",
    about_embed_code: r#"<iframe src="https://YOUR-HOST/PATH/timeline?topic=maritime-security" title="Japan–NATO Partnership Explorer" width="100%" height="800"></iframe>"#,
    about_version_heading: "Data version",
    about_version: |d| {
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
    about_glossary_heading: "Acronyms",
    glossary_aliases: |aliases| format!(" (also written {aliases})"),
    glossary_meaning: |expansion, note| format!("{expansion}. {note}"),
    glossary_note_after: |note| format!(". {note}"),

    not_found_text: "There is no page at this address. It may have been mistyped, or the record it named does not exist.",
    not_found_overview: "Back to the overview",
    not_found_chronology: "Browse the chronology",
    not_found_topics: "See all topics",

    chart_title: "The partnership at a glance",
    chart_caption: |first, last, shown, total| {
        let matched = if shown == total {
            en_events(total)
        } else {
            format!("{shown} of {} {}", en_events(total), en_match(shown))
        };
        format!("{first}–{last}: {matched}.")
    },
    chart_bars_note: " Each bar is a year's events; the darker part matches.",
    chart_plot_bars: "Events per year",
    chart_plot_marks: "Events on a time axis; arrow keys move between them",
    legend_range: "A decade or a span of years",
    legend_range_brief: "A span",
    legend_open: "Done by a date, since when unknown",
    legend_open_brief: "By a date",
    era_key_filtered: |total, matched| format!("{}, {matched} matching", en_events(total)),
    era_key_entry: |name, from, to, counts| format!("{name} ({from}–{to}): {counts}"),
    chart_numbers_summary: "Eras and the numbers behind the chart",
    table_era_caption: "Events per era",
    table_era: "Era",
    table_events: "Events",
    table_matching: "Matching the search and filters",
    table_era_row: |number, name, from, to| format!("{number}. {name} ({from}–{to})"),
    table_year_caption: "Events per year (each counted in the year the chronology lists it under)",
    table_year: "Year",
    mark_label: |date, title, kind| format!("{date}: {title} ({kind})"),
    bar_label: |year, total, matching| {
        format!("{year}: {}, {matching} {}", en_events(total), en_match(matching))
    },
    brush_label: "Years to show",
    brush_choosing: |from, to| {
        format!("{from} to {to}; Enter shows these years, Escape lets go")
    },
    brush_shown: |from, to| format!("{from} to {to} shown"),
    brush_every_year: "every year; arrows choose a span, Shift with arrows widens it",
    chart_tip: "Point at or tap a mark to see it; drag across the years (or use the arrow keys) to choose a span.",

    year_chart_title: "Events per year",
    year_chart_caption: |first, last| {
        format!(" {first}–{last}; each bar opens that year in the chronology. Events dated only to a decade or a span count in their first year.")
    },
    year_chart_plot: "Events per year, by kind",
    year_chart_numbers: "The numbers behind the chart",
    year_table_caption: "Events per year by kind (each counted in its first year)",
    year_table_year: "Year",
    year_table_all: "All",
    year_bar_label: |year, total, parts| format!("{year}: {total} event{} ({parts})", en_s(total)),
    year_bar_part: |n, group| format!("{n} {group}"),
    sparkline_empty: |first, last| format!("No events {first}–{last}"),
    sparkline_label: |first, last, highest, years| {
        format!("Events per year, {first}–{last}; most ({highest}) in {years}")
    },

    events: en_events,
    year_heading: |year| year.to_string(),

    group_framework: "Agreements, meetings and policy",
    group_framework_short: "agreements, meetings and policy",
    group_framework_brief: "Agreements",
    group_practice: "Exercises, operations and contributions",
    group_practice_short: "exercises, operations and contributions",
    group_practice_brief: "Exercises",
    group_context: "Statements and wider context",
    group_context_short: "statements and wider context",
    group_context_brief: "Statements",

    type_agreement: "Agreement",
    type_meeting: "Summit or meeting",
    type_exercise: "Exercise",
    type_operation: "Operation or mission",
    type_institutional: "Institutional step",
    type_contribution: "Contribution or funding",
    type_policy: "Policy change",
    type_capability: "Capability or equipment",
    type_statement: "Statement or document",
    type_context: "Wider context",

    source_kind_official: "Official page",
    source_kind_academic_project: "Academic research project",
    source_kind_commentary: "Commentary",
    source_kind_analysis: "Analysis",
    date_kind_published: "published",
    date_kind_last_updated: "last updated",
    date_kind_inferred: "inferred from the text",

    switch_to_other: "日本語",
    switch_to_other_hint: "This page in Japanese",
    offer_other: "この解説サイトには日本語版があります。",
    offer_other_link: "日本語版で読む",
    offer_other_dismiss: "閉じる",
    rendering_label: "Reference translation",
    untranslated_note: "",
    about_editions_heading: "English and Japanese",
    about_editions_text: [
        "The explorer has a Japanese edition under /ja/ (for example /ja/timeline): the same views, links and filters, with the interface and every record's text in Japanese. The header's language link leads to the same view in the other edition.",
        "The Japanese text was written by AI translation and then reviewed by a second AI pass for consistent terms and for anything the English record does not say; no professional translator has checked it. Translation adds nothing: every fact, date and name comes from the English record.",
        "The sources' own words are never altered: in the Japanese edition each quote stays in English, followed by the explorer's own reference translation (参考訳). The English quotes are authoritative.",
    ],
    glossary_rendering: |ja| format!(" ({ja})"),
};

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

/// The Japanese edition.
pub const JA: Strings = Strings {
    lang: Lang::Ja,
    site_name: JA_SITE_NAME,
    document_title: |title| {
        if title == JA_SITE_NAME {
            title.to_owned()
        } else {
            format!("{title} | {JA_SITE_NAME}")
        }
    },
    skip_link: "本文へスキップ",
    nav_label: "メイン",
    nav_overview: "概要",
    nav_chronology: "年表",
    nav_topics: "テーマ",
    nav_debates: "論点",
    nav_sources: "資料",
    nav_about: "このサイトについて",
    embed_open_full: "エクスプローラー本体で開く",
    opens_in_new_tab: "（新しいタブで開く）",
    footer: |sources, version, date| {
        let which = if sources == 1 { "" } else { "のいずれか" };
        format!("このサイトの記述はすべて、{sources}点の公開資料{which}に基づき、その資料を引用しています。データセット バージョン{version}（{date}）。")
    },
    footer_link: "作成方法と引用のしかた",

    update_available: "新しいバージョンがあります。",
    update_reload: "再読み込み",
    offline: "オフラインです。エクスプローラーの機能はすべてそのまま使えます。",
    dataset_switched: |version| {
        format!("このアプリの作成後に公開されたデータセット（バージョン{version}）を表示しています。")
    },
    dataset_kept: |version, why| format!("同梱のデータ（バージョン{version}）を表示しています：{why}"),
    dataset_fetch_failed: |url, why| {
        format!("{url} の新しいデータセットを読み込めませんでした（{why}）。")
    },
    fetch_unreachable: |err| format!("取得に失敗：{err}"),
    fetch_http: |status| format!("HTTPステータス{status}"),
    fetch_unreadable: |err| format!("読み取りに失敗：{err}"),
    config_not_json: |file, err| format!("{file} は有効なJSONではありません（{err}）。"),
    config_not_object: |file| format!("{file} はJSONオブジェクトではありません。"),
    config_bad_url: |file| format!("{file} の datasetUrl がURLではありません。"),
    dataset_invalid: |first, problems| {
        let more = match problems {
            0 | 1 => String::new(),
            n => format!("（ほか{}件）", n - 1),
        };
        format!("新しいデータセットに問題があります：{first}{more}。")
    },

    home_description: "日本とNATOはどのように協力するようになったのか、何に取り組み、専門家は何を論じているのか。出典付きの年表とテーマでたどります。",
    timeline_title: "年表",
    timeline_title_filtered: "年表（絞り込み済み）",
    timeline_description: |coverage| {
        format!("日NATOパートナーシップの日付のわかる歩みのすべて（{coverage}）。各出来事に出典を付し、検索・絞り込みができます。")
    },
    coverage: |first, last_year| match first {
        Some(first) if first != format!("{last_year}年") => {
            format!("{first}から{last_year}年まで")
        }
        Some(first) => first.to_owned(),
        None => "出来事はまだありません".to_owned(),
    },
    topics_title: "テーマ",
    topics_description: "日本とNATOが協力する分野と、専門家が論じるテーマ。それぞれに関連する出来事と資料を示します。",
    sources_title: "資料",
    sources_description: |n| {
        format!("日NATOパートナーシップ・エクスプローラーのすべての記述の典拠である{n}点の公開資料。")
    },
    perspectives_title: "論点と未解決の問い",
    perspectives_description: "日NATOパートナーシップについて専門家や当局者が論じていること。関係は続くのか、中国とロシア、第5条など。各立場を資料から引用して示します。",
    about_title: "このエクスプローラーについて",
    about_description: "日NATOパートナーシップ・エクスプローラーとは何か、どのように作られたか、引用と埋め込みの方法、データセットのバージョン。",
    not_found_title: "ページが見つかりません",
    not_found_description: "このページは日NATOパートナーシップ・エクスプローラーにありません。",

    home_lead: "北大西洋条約機構（NATO）と日本は、1990年代前半から対話と協力を続けてきました。2013年の日NATO共同政治宣言と2014年の国別パートナーシップ協力計画が、関係の枠組みとなりました。ロシアによるウクライナ侵略の後、岸田文雄首相は2023年にビリニュスで開かれたNATO首脳会合に出席し、日本はそこでNATOと新たな国別適合パートナーシップ計画に署名しました。",
    home_sources_before: |_| "本エクスプローラーは、".to_owned(),
    home_sources_link: "資料一覧",
    home_sources_after: |n| {
        format!("に挙げる{n}点の公開資料をもとにこの経緯をたどり、すべての記述にその引用を添えています。")
    },
    home_cta_chronology: "年表を読む",
    home_cta_debates: "論点を見る",
    home_glance_heading: "パートナーシップの概観",
    home_figures_heading: "数字で見る",
    figure_events: "出来事",
    figure_years: "対象期間",
    figure_years_value: |first, last_year| {
        // A plain year shares the 年 of the last: "2013〜2023年".
        match first.strip_suffix('年') {
            Some(year) if year.parse::<i32>() == Ok(last_year) => first.to_owned(),
            Some(year) if year.parse::<i32>().is_ok() => format!("{year}〜{last_year}年"),
            _ => format!("{first}〜{last_year}年"),
        }
    },
    figure_topics: "テーマ",
    figure_sources: "資料",
    figure_quotes: "裏付けとなる引用",
    home_latest_heading: "最近の主な出来事",
    home_latest_all: "すべての出来事を新しい順に見る",
    home_eras_heading: "パートナーシップの時代区分",
    home_topics_heading: "協力の分野",
    count_in_parens: |n| format!("（{n}）"),
    era_years: ja_years,

    timeline_lead: |coverage| format!("パートナーシップの日付のわかる歩みのすべて（{coverage}）。"),
    timeline_lead_more: "日付は資料が示す精度のまま表示しています。",

    filter_panel_label: "出来事の検索と絞り込み",
    search_label: "出来事・引用・関係者・略語を検索",
    search_placeholder: "出来事を検索",
    filters_summary: "絞り込み",
    filters_active_long: |n| format!("（{n}件を適用中）"),
    filters_active_brief: |n| format!("（{n}）"),
    facet_topics: "テーマ",
    facet_type: "種類",
    facet_actor: "関係者",
    facet_actor_any: "すべての関係者",
    facet_actor_add: "関係者を追加",
    facet_source: "資料",
    facet_source_any: "すべての資料",
    facet_source_add: "資料を追加",
    facet_years: "期間",
    facet_from: "開始年",
    facet_to: "終了年",
    facet_any_year: "指定なし",
    chosen_label: |label| format!("選択中の{label}"),
    chosen_remove: |label| format!("（この{label}を解除）"),

    active_filters_label: "適用中の絞り込み",
    chip_kind: |kind| format!("{kind}："),
    chip_search: "検索",
    chip_topic: "テーマ",
    chip_type: "種類",
    chip_actor: "関係者",
    chip_source: "資料",
    chip_years: "期間",
    chip_search_value: |q| format!("「{q}」"),
    chip_years_value: |from, to| match (from, to) {
        (Some(from), Some(to)) => ja_years(from, to),
        (Some(from), None) => format!("{from}年以降"),
        (None, Some(to)) => format!("{to}年まで"),
        (None, None) => String::new(),
    },
    chip_remove: "（解除）",
    clear_all_filters: "絞り込みをすべて解除",
    result_count: |n| match n {
        0 => "該当する出来事はありません".to_owned(),
        n => ja_events(n),
    },
    sort_label: "並び順",
    sort_oldest: "古い順",
    sort_newest: "新しい順",
    export_menu: "引用・ダウンロード",
    export_menu_brief: "引用・保存",

    cite_view: "この表示を引用",
    download_csv: "CSVをダウンロード",
    download_json: "JSONをダウンロード",
    citation_copied: |text| format!("引用をコピーしました：{text}"),
    citation_copy_this: |text| format!("次の引用をコピーしてください：{text}"),
    downloaded: |n, format| format!("出来事{n}件を{format}形式でダウンロードしました"),
    citation: |c| {
        format!(
            "「{}」『{JA_SITE_NAME}』データセット バージョン{}（{}）。{}（{}閲覧）。",
            c.title, c.version, c.date, c.url, c.accessed
        )
    },
    // Field names for programs: the same in both editions.
    csv_header: [
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

    no_results_heading: "該当する出来事はありません",
    no_results_text: "語を減らすか、別の表記を試すか、絞り込みを減らしてみてください。検索の対象は、見出し、概要、引用、関係者、略語です。",
    no_app_note: "検索と絞り込みにはJavaScriptが必要ですが、この環境では無効か、ブロックされています。そのため、アドレスの指定にかかわらず、すべての出来事を日付順に表示しています。",
    no_app_first_shown: |shown, total| {
        format!("全{total}件のうち最初の{shown}件を表示しています。各出来事には個別のページがあります。")
    },
    show_more: |shown, total| format!("さらに表示（{total}件中{shown}件を表示中）"),

    card_source_label: "出典：",
    source_list_separator: "、",
    list_separator: "、",
    topic_tags_label: "テーマ",
    quote_attribution: "――",

    event_kicker_chronology: "年表",
    event_date_note: "日付について：",
    event_discrepancy_heading: "資料間の食い違い",
    event_evidence_heading: "資料の記述",
    event_details_heading: "詳細",
    event_topics: "テーマ",
    event_actors: "関係者",
    event_places: "場所",
    event_related_heading: "関連する出来事",
    event_steps_label: "前後の出来事",
    event_previous: "前の出来事",
    event_next: "次の出来事",

    topics_lead: "日本とNATOが協力する分野と、資料が論じるテーマ。",
    topic_card_counts: |events, debates, years| {
        let span = years.map_or_else(String::new, |(first, last)| {
            format!(" · {}", ja_years(first, last))
        });
        format!("出来事{events}件 · 論点{debates}件{span}")
    },
    topic_kicker: "テーマ一覧",
    topic_evidence_summary: "資料の記述",
    topic_debates_heading: "このテーマの論点",
    topic_chronology_heading: "年表",

    sources_lead: |n| {
        let (these, which) = if n == 1 {
            ("この", "これ")
        } else {
            ("これら", "そのいずれか")
        };
        format!("本エクスプローラーの記述はすべて、{these}{n}点の資料に基づき、{which}を逐語的に引用しています。日付や著者など、資料に記載のない事柄は、推測せずにその旨を記しています。")
    },
    source_card_meta: |kind, date, date_kind, cited| {
        format!("{kind} · {date}（{date_kind}） · 引用する出来事{cited}件")
    },
    source_publisher_unnamed: "発行者の記載なし",
    source_kicker: "資料一覧",
    source_kind: "種類",
    source_organisation: "組織",
    source_organisation_unnamed: "記載なし",
    source_authors: "著者",
    source_authors_unnamed: "記載なし",
    source_date: "日付",
    source_date_kind: |kind| format!("（{kind}）"),
    source_file: "ファイル",
    source_quote_heading: "原文より",
    source_events_heading: |n| format!("この資料を引用する出来事（{n}件）"),
    source_first_shown: |shown| format!("ここでは最初の{shown}件を表示しています。"),
    source_open_all: |n| format!("全{n}件を年表で開く（絞り込み可）"),
    source_open_these: "これらの出来事を年表で開く（絞り込み可）",
    source_others_heading: "この資料を引用するその他の記録",
    source_topics: "テーマ",
    source_debates: "論点",
    source_actors: "関係者",
    source_acronyms: "略語",

    perspectives_lead: "資料が提起する問いと、各資料の立場です。いずれも出典から引用しています。立場の要約は当サイトによるもので、引用は資料自身の言葉です。",
    position_separator: "：",

    about_lead: "すべての記述を出典までたどりたい読者に向けて、日本とNATOがどのように協力するようになったのか、何に取り組み、専門家は何を論じているのかを案内します。",
    about_method_heading: "作成方法",
    about_method_before: |_| "このサイトの内容はすべて、".to_owned(),
    about_method_link: "資料一覧",
    about_method_after: |n| {
        let which = if n == 1 { "その" } else { "いずれかの" };
        format!("に挙げる{n}点の公開資料に由来します。出来事、テーマ、関係者、論点、略語のそれぞれに、{which}資料から逐語的に写した引用が少なくとも一つ付いており、変更のたびに実行する検査で、各引用がその資料の中にあることを確かめています。それ以外の情報源は使っていません。")
    },
    about_dates_before: "見出しと概要は当サイト独自の言葉で、中立を保って書いています。日付は資料が示す精度のまま、年代、年、月、日のいずれかで表示します。資料が、執筆時点までにある出来事が起きていたことしか伝えていない場合は、その年に「",
    about_dates_by: "までに",
    about_dates_after: "」を添えます。資料自体の日付も下限しかわからない場合（日付が写真のものしかない分析）は、その日に「以降の報告」を添えます。資料間で記述が食い違う場合（たとえばパートナーシップ計画が更新された時期）は、両方の記述を残し、その違いを明記しています。",
    about_cite_heading: "引用のしかた",
    about_cite_before: "各ページの「",
    about_cite_after: "」ボタンで、ページのアドレス、データセットのバージョン、今日の日付を含む引用をコピーできます。例：",
    about_example_title: "年表",
    about_cite_links: "各表示のアドレスには検索と絞り込みの条件が含まれるため、引用したリンクを開くと、見ていたとおりの表示になります。",
    about_embed_heading: "埋め込みのしかた",
    about_embed_text: "どのページも、絞り込みの条件ごと、iframeで他のウェブサイトに埋め込めます：",
    about_embed_code: r#"<iframe src="https://YOUR-HOST/PATH/ja/timeline?topic=maritime-security" title="日NATOパートナーシップ・エクスプローラー" width="100%" height="800"></iframe>"#,
    about_version_heading: "データのバージョン",
    about_version: |d| {
        format!(
            "データセット バージョン{}（{}）：出来事{}件、テーマ{}件、関係者{}件、論点{}件、略語{}件。資料{}点に基づきます。",
            d.version, d.date, d.events, d.topics, d.actors, d.debates, d.acronyms, d.documents
        )
    },
    about_glossary_heading: "略語",
    glossary_aliases: |aliases| format!("（別表記：{aliases}）"),
    glossary_meaning: |expansion, note| format!("{expansion}。{note}"),
    glossary_note_after: |note| format!("。{note}"),

    not_found_text: "このアドレスにはページがありません。入力の誤りか、指定された記録が存在しない可能性があります。",
    not_found_overview: "概要に戻る",
    not_found_chronology: "年表を見る",
    not_found_topics: "テーマ一覧を見る",

    chart_title: "パートナーシップの概観",
    chart_caption: |first, last, shown, total| {
        let matched = if shown == total {
            format!("出来事{total}件")
        } else {
            format!("出来事{total}件中{shown}件が該当")
        };
        format!("{}：{matched}。", ja_years(first, last))
    },
    chart_bars_note: "各棒は1年分の出来事で、濃い部分が該当分です。",
    chart_plot_bars: "年ごとの出来事数",
    chart_plot_marks: "時間軸上の出来事。矢印キーで移動できます",
    legend_range: "年代または数年にわたる期間",
    legend_range_brief: "期間",
    legend_open: "ある時点までに実施（開始時期は不明）",
    legend_open_brief: "ある時点までに",
    era_key_filtered: |total, matched| format!("出来事{total}件、うち該当{matched}件"),
    era_key_entry: |name, from, to, counts| format!("{name}（{}）：{counts}", ja_years(from, to)),
    chart_numbers_summary: "時代区分とグラフの数値",
    table_era_caption: "時代区分ごとの出来事数",
    table_era: "時代区分",
    table_events: "出来事",
    table_matching: "検索・絞り込みに該当",
    table_era_row: |number, name, from, to| {
        format!("{number}. {name}（{}）", ja_years(from, to))
    },
    table_year_caption: "年ごとの出来事数（年表で掲載されている年に数える）",
    table_year: "年",
    mark_label: |date, title, kind| format!("{date}：{title}（{kind}）"),
    bar_label: |year, total, matching| {
        format!("{year}年：出来事{total}件、うち該当{matching}件")
    },
    brush_label: "表示する期間",
    brush_choosing: |from, to| format!("{}。Enterで表示、Escapeで解除", ja_years(from, to)),
    brush_shown: |from, to| format!("{}を表示中", ja_years(from, to)),
    brush_every_year: "全期間。矢印キーで期間を選び、Shift＋矢印キーで広げる",
    chart_tip: "印にポインターを合わせるかタップすると、その出来事を表示します。年の上をドラッグする（または矢印キーを使う）と期間を選べます。",

    year_chart_title: "年ごとの出来事数",
    year_chart_caption: |first, last| {
        format!("（{}）。各棒からその年の年表を開けます。年代や期間でしか日付のわからない出来事は、その最初の年に数えています。", ja_years(first, last))
    },
    year_chart_plot: "種類別の年ごとの出来事数",
    year_chart_numbers: "グラフの数値",
    year_table_caption: "種類別の年ごとの出来事数（最初の年に数える）",
    year_table_year: "年",
    year_table_all: "計",
    year_bar_label: |year, total, parts| format!("{year}年：出来事{total}件（{parts}）"),
    year_bar_part: |n, group| format!("{group}{n}件"),
    sparkline_empty: |first, last| format!("{}の出来事なし", ja_years(first, last)),
    sparkline_label: |first, last, highest, years| {
        format!(
            "年ごとの出来事数（{}）。最多は{years}年の{highest}件",
            ja_years(first, last)
        )
    },

    events: ja_events,
    year_heading: |year| format!("{year}年"),

    group_framework: "協定・会合・政策",
    group_framework_short: "協定・会合・政策",
    group_framework_brief: "協定",
    group_practice: "演習・活動・貢献",
    group_practice_short: "演習・活動・貢献",
    group_practice_brief: "演習",
    group_context: "声明・背景",
    group_context_short: "声明・背景",
    group_context_brief: "声明",

    type_agreement: "協定・合意",
    type_meeting: "首脳会合・会議",
    type_exercise: "演習",
    type_operation: "作戦・任務",
    type_institutional: "制度面の措置",
    type_contribution: "拠出・資金提供",
    type_policy: "政策の転換",
    type_capability: "能力・装備",
    type_statement: "声明・文書",
    type_context: "背景となる動き",

    source_kind_official: "公式ページ",
    source_kind_academic_project: "学術研究プロジェクト",
    source_kind_commentary: "論評",
    source_kind_analysis: "分析",
    date_kind_published: "公開日",
    date_kind_last_updated: "最終更新日",
    date_kind_inferred: "本文からの推定",

    switch_to_other: "English",
    switch_to_other_hint: "このページの英語版",
    offer_other: "",
    offer_other_link: "",
    offer_other_dismiss: "",
    rendering_label: "参考訳",
    untranslated_note: "この記録にはまだ日本語訳がないため、英語で表示しています。",
    about_editions_heading: "英語版と日本語版",
    about_editions_text: [
        "本エクスプローラーには英語版（サイトの各パス）と日本語版（/ja/ 以下、例：/ja/timeline）があります。表示・リンク・絞り込みは両版で共通で、ヘッダーの言語リンクから同じ画面のもう一方の版へ移れます。",
        "日本語の文章はAIによる翻訳を、別のAIが用語の統一と英語の記録にない内容が加わっていないかについて見直したものです。専門の翻訳者による確認は受けていません。翻訳は何も付け加えません。事実・日付・名称はすべて英語の記録によります。",
        "資料の原文は改変しません。日本語版でも引用は英語のまま示し、その後に本サイトによる参考訳を添えています。正本は英語の引用です。",
    ],
    glossary_rendering: |ja| format!("（{ja}）"),
};

#[cfg(test)]
mod tests {
    use super::*;

    /// Every string of an edition by field name, the `fn` fields called
    /// with sample arguments. The pattern names every field: a field added
    /// to [`Strings`] must be added here too.
    fn every_text(s: &Strings) -> Vec<(&'static str, String)> {
        let Strings {
            lang: _,
            site_name,
            document_title,
            skip_link,
            nav_label,
            nav_overview,
            nav_chronology,
            nav_topics,
            nav_debates,
            nav_sources,
            nav_about,
            embed_open_full,
            opens_in_new_tab,
            footer,
            footer_link,
            update_available,
            update_reload,
            offline,
            dataset_switched,
            dataset_kept,
            dataset_fetch_failed,
            fetch_unreachable,
            fetch_http,
            fetch_unreadable,
            config_not_json,
            config_not_object,
            config_bad_url,
            dataset_invalid,
            home_description,
            timeline_title,
            timeline_title_filtered,
            timeline_description,
            coverage,
            topics_title,
            topics_description,
            sources_title,
            sources_description,
            perspectives_title,
            perspectives_description,
            about_title,
            about_description,
            not_found_title,
            not_found_description,
            home_lead,
            home_sources_before,
            home_sources_link,
            home_sources_after,
            home_cta_chronology,
            home_cta_debates,
            home_glance_heading,
            home_figures_heading,
            figure_events,
            figure_years,
            figure_years_value,
            figure_topics,
            figure_sources,
            figure_quotes,
            home_latest_heading,
            home_latest_all,
            home_eras_heading,
            home_topics_heading,
            count_in_parens,
            era_years,
            timeline_lead,
            timeline_lead_more,
            filter_panel_label,
            search_label,
            search_placeholder,
            filters_summary,
            filters_active_long,
            filters_active_brief,
            facet_topics,
            facet_type,
            facet_actor,
            facet_actor_any,
            facet_actor_add,
            facet_source,
            facet_source_any,
            facet_source_add,
            facet_years,
            facet_from,
            facet_to,
            facet_any_year,
            chosen_label,
            chosen_remove,
            active_filters_label,
            chip_kind,
            chip_search,
            chip_topic,
            chip_type,
            chip_actor,
            chip_source,
            chip_years,
            chip_search_value,
            chip_years_value,
            chip_remove,
            clear_all_filters,
            result_count,
            sort_label,
            sort_oldest,
            sort_newest,
            export_menu,
            export_menu_brief,
            cite_view,
            download_csv,
            download_json,
            citation_copied,
            citation_copy_this,
            downloaded,
            citation,
            csv_header,
            no_results_heading,
            no_results_text,
            no_app_note,
            no_app_first_shown,
            show_more,
            card_source_label,
            source_list_separator,
            list_separator,
            topic_tags_label,
            quote_attribution,
            event_kicker_chronology,
            event_date_note,
            event_discrepancy_heading,
            event_evidence_heading,
            event_details_heading,
            event_topics,
            event_actors,
            event_places,
            event_related_heading,
            event_steps_label,
            event_previous,
            event_next,
            topics_lead,
            topic_card_counts,
            topic_kicker,
            topic_evidence_summary,
            topic_debates_heading,
            topic_chronology_heading,
            sources_lead,
            source_card_meta,
            source_publisher_unnamed,
            source_kicker,
            source_kind,
            source_organisation,
            source_organisation_unnamed,
            source_authors,
            source_authors_unnamed,
            source_date,
            source_date_kind,
            source_file,
            source_quote_heading,
            source_events_heading,
            source_first_shown,
            source_open_all,
            source_open_these,
            source_others_heading,
            source_topics,
            source_debates,
            source_actors,
            source_acronyms,
            perspectives_lead,
            position_separator,
            about_lead,
            about_method_heading,
            about_method_before,
            about_method_link,
            about_method_after,
            about_dates_before,
            about_dates_by,
            about_dates_after,
            about_cite_heading,
            about_cite_before,
            about_cite_after,
            about_example_title,
            about_cite_links,
            about_embed_heading,
            about_embed_text,
            about_embed_code,
            about_version_heading,
            about_version,
            about_glossary_heading,
            glossary_aliases,
            glossary_meaning,
            glossary_note_after,
            not_found_text,
            not_found_overview,
            not_found_chronology,
            not_found_topics,
            chart_title,
            chart_caption,
            chart_bars_note,
            chart_plot_bars,
            chart_plot_marks,
            legend_range,
            legend_range_brief,
            legend_open,
            legend_open_brief,
            era_key_filtered,
            era_key_entry,
            chart_numbers_summary,
            table_era_caption,
            table_era,
            table_events,
            table_matching,
            table_era_row,
            table_year_caption,
            table_year,
            mark_label,
            bar_label,
            brush_label,
            brush_choosing,
            brush_shown,
            brush_every_year,
            chart_tip,
            year_chart_title,
            year_chart_caption,
            year_chart_plot,
            year_chart_numbers,
            year_table_caption,
            year_table_year,
            year_table_all,
            year_bar_label,
            year_bar_part,
            sparkline_empty,
            sparkline_label,
            events,
            year_heading,
            group_framework,
            group_framework_short,
            group_framework_brief,
            group_practice,
            group_practice_short,
            group_practice_brief,
            group_context,
            group_context_short,
            group_context_brief,
            type_agreement,
            type_meeting,
            type_exercise,
            type_operation,
            type_institutional,
            type_contribution,
            type_policy,
            type_capability,
            type_statement,
            type_context,
            source_kind_official,
            source_kind_academic_project,
            source_kind_commentary,
            source_kind_analysis,
            date_kind_published,
            date_kind_last_updated,
            date_kind_inferred,
            switch_to_other,
            switch_to_other_hint,
            // Empty in one edition by design: the Japanese edition offers
            // no other, and the English one has nothing untranslated.
            offer_other: _,
            offer_other_link: _,
            offer_other_dismiss: _,
            untranslated_note: _,
            rendering_label,
            about_editions_heading,
            about_editions_text,
            glossary_rendering,
        } = *s;
        let mut texts: Vec<(&'static str, String)> = vec![
            ("site_name", site_name.to_owned()),
            ("document_title", document_title("x")),
            ("skip_link", skip_link.to_owned()),
            ("nav_label", nav_label.to_owned()),
            ("nav_overview", nav_overview.to_owned()),
            ("nav_chronology", nav_chronology.to_owned()),
            ("nav_topics", nav_topics.to_owned()),
            ("nav_debates", nav_debates.to_owned()),
            ("nav_sources", nav_sources.to_owned()),
            ("nav_about", nav_about.to_owned()),
            ("embed_open_full", embed_open_full.to_owned()),
            ("opens_in_new_tab", opens_in_new_tab.to_owned()),
            ("footer", footer(61, "x", "x")),
            ("footer_link", footer_link.to_owned()),
            ("update_available", update_available.to_owned()),
            ("update_reload", update_reload.to_owned()),
            ("offline", offline.to_owned()),
            ("dataset_switched", dataset_switched("x")),
            ("dataset_kept", dataset_kept("x", "x")),
            ("dataset_fetch_failed", dataset_fetch_failed("x", "x")),
            ("fetch_unreachable", fetch_unreachable("x")),
            ("fetch_http", fetch_http(404)),
            ("fetch_unreadable", fetch_unreadable("x")),
            ("config_not_json", config_not_json("x", "x")),
            ("config_not_object", config_not_object("x")),
            ("config_bad_url", config_bad_url("x")),
            ("dataset_invalid", dataset_invalid("x", 61)),
            ("home_description", home_description.to_owned()),
            ("timeline_title", timeline_title.to_owned()),
            (
                "timeline_title_filtered",
                timeline_title_filtered.to_owned(),
            ),
            ("timeline_description", timeline_description("x")),
            ("coverage", coverage(Some("2013"), 1990)),
            ("topics_title", topics_title.to_owned()),
            ("topics_description", topics_description.to_owned()),
            ("sources_title", sources_title.to_owned()),
            ("sources_description", sources_description(61)),
            ("perspectives_title", perspectives_title.to_owned()),
            (
                "perspectives_description",
                perspectives_description.to_owned(),
            ),
            ("about_title", about_title.to_owned()),
            ("about_description", about_description.to_owned()),
            ("not_found_title", not_found_title.to_owned()),
            ("not_found_description", not_found_description.to_owned()),
            ("home_lead", home_lead.to_owned()),
            ("home_sources_before", home_sources_before(61)),
            ("home_sources_link", home_sources_link.to_owned()),
            ("home_sources_after", home_sources_after(61)),
            ("home_cta_chronology", home_cta_chronology.to_owned()),
            ("home_cta_debates", home_cta_debates.to_owned()),
            ("home_glance_heading", home_glance_heading.to_owned()),
            ("home_figures_heading", home_figures_heading.to_owned()),
            ("figure_events", figure_events.to_owned()),
            ("figure_years", figure_years.to_owned()),
            ("figure_years_value", figure_years_value("x", 1990)),
            ("figure_topics", figure_topics.to_owned()),
            ("figure_sources", figure_sources.to_owned()),
            ("figure_quotes", figure_quotes.to_owned()),
            ("home_latest_heading", home_latest_heading.to_owned()),
            ("home_latest_all", home_latest_all.to_owned()),
            ("home_eras_heading", home_eras_heading.to_owned()),
            ("home_topics_heading", home_topics_heading.to_owned()),
            ("count_in_parens", count_in_parens(61)),
            ("era_years", era_years(1990, 2023)),
            ("timeline_lead", timeline_lead("x")),
            ("timeline_lead_more", timeline_lead_more.to_owned()),
            ("filter_panel_label", filter_panel_label.to_owned()),
            ("search_label", search_label.to_owned()),
            ("search_placeholder", search_placeholder.to_owned()),
            ("filters_summary", filters_summary.to_owned()),
            ("filters_active_long", filters_active_long(61)),
            ("filters_active_brief", filters_active_brief(61)),
            ("facet_topics", facet_topics.to_owned()),
            ("facet_type", facet_type.to_owned()),
            ("facet_actor", facet_actor.to_owned()),
            ("facet_actor_any", facet_actor_any.to_owned()),
            ("facet_actor_add", facet_actor_add.to_owned()),
            ("facet_source", facet_source.to_owned()),
            ("facet_source_any", facet_source_any.to_owned()),
            ("facet_source_add", facet_source_add.to_owned()),
            ("facet_years", facet_years.to_owned()),
            ("facet_from", facet_from.to_owned()),
            ("facet_to", facet_to.to_owned()),
            ("facet_any_year", facet_any_year.to_owned()),
            ("chosen_label", chosen_label("x")),
            ("chosen_remove", chosen_remove("x")),
            ("active_filters_label", active_filters_label.to_owned()),
            ("chip_kind", chip_kind("x")),
            ("chip_search", chip_search.to_owned()),
            ("chip_topic", chip_topic.to_owned()),
            ("chip_type", chip_type.to_owned()),
            ("chip_actor", chip_actor.to_owned()),
            ("chip_source", chip_source.to_owned()),
            ("chip_years", chip_years.to_owned()),
            ("chip_search_value", chip_search_value("x")),
            ("chip_years_value", chip_years_value(Some(2013), Some(2013))),
            ("chip_remove", chip_remove.to_owned()),
            ("clear_all_filters", clear_all_filters.to_owned()),
            ("result_count", result_count(61)),
            ("sort_label", sort_label.to_owned()),
            ("sort_oldest", sort_oldest.to_owned()),
            ("sort_newest", sort_newest.to_owned()),
            ("export_menu", export_menu.to_owned()),
            ("export_menu_brief", export_menu_brief.to_owned()),
            ("cite_view", cite_view.to_owned()),
            ("download_csv", download_csv.to_owned()),
            ("download_json", download_json.to_owned()),
            ("citation_copied", citation_copied("x")),
            ("citation_copy_this", citation_copy_this("x")),
            ("downloaded", downloaded(61, "x")),
            (
                "citation",
                citation(&CitationParts {
                    title: "x",
                    url: "x",
                    version: "x",
                    date: "x",
                    accessed: "x",
                }),
            ),
            ("no_results_heading", no_results_heading.to_owned()),
            ("no_results_text", no_results_text.to_owned()),
            ("no_app_note", no_app_note.to_owned()),
            ("no_app_first_shown", no_app_first_shown(61, 61)),
            ("show_more", show_more(61, 61)),
            ("card_source_label", card_source_label.to_owned()),
            ("source_list_separator", source_list_separator.to_owned()),
            ("list_separator", list_separator.to_owned()),
            ("topic_tags_label", topic_tags_label.to_owned()),
            ("quote_attribution", quote_attribution.to_owned()),
            (
                "event_kicker_chronology",
                event_kicker_chronology.to_owned(),
            ),
            ("event_date_note", event_date_note.to_owned()),
            (
                "event_discrepancy_heading",
                event_discrepancy_heading.to_owned(),
            ),
            ("event_evidence_heading", event_evidence_heading.to_owned()),
            ("event_details_heading", event_details_heading.to_owned()),
            ("event_topics", event_topics.to_owned()),
            ("event_actors", event_actors.to_owned()),
            ("event_places", event_places.to_owned()),
            ("event_related_heading", event_related_heading.to_owned()),
            ("event_steps_label", event_steps_label.to_owned()),
            ("event_previous", event_previous.to_owned()),
            ("event_next", event_next.to_owned()),
            ("topics_lead", topics_lead.to_owned()),
            (
                "topic_card_counts",
                topic_card_counts(61, 61, Some((1990, 2023))),
            ),
            ("topic_kicker", topic_kicker.to_owned()),
            ("topic_evidence_summary", topic_evidence_summary.to_owned()),
            ("topic_debates_heading", topic_debates_heading.to_owned()),
            (
                "topic_chronology_heading",
                topic_chronology_heading.to_owned(),
            ),
            ("sources_lead", sources_lead(61)),
            ("source_card_meta", source_card_meta("x", "x", "x", 61)),
            (
                "source_publisher_unnamed",
                source_publisher_unnamed.to_owned(),
            ),
            ("source_kicker", source_kicker.to_owned()),
            ("source_kind", source_kind.to_owned()),
            ("source_organisation", source_organisation.to_owned()),
            (
                "source_organisation_unnamed",
                source_organisation_unnamed.to_owned(),
            ),
            ("source_authors", source_authors.to_owned()),
            ("source_authors_unnamed", source_authors_unnamed.to_owned()),
            ("source_date", source_date.to_owned()),
            ("source_date_kind", source_date_kind("x")),
            ("source_file", source_file.to_owned()),
            ("source_quote_heading", source_quote_heading.to_owned()),
            ("source_events_heading", source_events_heading(61)),
            ("source_first_shown", source_first_shown(61)),
            ("source_open_all", source_open_all(61)),
            ("source_open_these", source_open_these.to_owned()),
            ("source_others_heading", source_others_heading.to_owned()),
            ("source_topics", source_topics.to_owned()),
            ("source_debates", source_debates.to_owned()),
            ("source_actors", source_actors.to_owned()),
            ("source_acronyms", source_acronyms.to_owned()),
            ("perspectives_lead", perspectives_lead.to_owned()),
            ("position_separator", position_separator.to_owned()),
            ("about_lead", about_lead.to_owned()),
            ("about_method_heading", about_method_heading.to_owned()),
            ("about_method_before", about_method_before(61)),
            ("about_method_link", about_method_link.to_owned()),
            ("about_method_after", about_method_after(61)),
            ("about_dates_before", about_dates_before.to_owned()),
            ("about_dates_by", about_dates_by.to_owned()),
            ("about_dates_after", about_dates_after.to_owned()),
            ("about_cite_heading", about_cite_heading.to_owned()),
            ("about_cite_before", about_cite_before.to_owned()),
            ("about_cite_after", about_cite_after.to_owned()),
            ("about_example_title", about_example_title.to_owned()),
            ("about_cite_links", about_cite_links.to_owned()),
            ("about_embed_heading", about_embed_heading.to_owned()),
            ("about_embed_text", about_embed_text.to_owned()),
            ("about_embed_code", about_embed_code.to_owned()),
            ("about_version_heading", about_version_heading.to_owned()),
            (
                "about_version",
                about_version(&DatasetSummary {
                    version: "x",
                    date: "x",
                    events: 61,
                    topics: 61,
                    actors: 61,
                    debates: 61,
                    acronyms: 61,
                    documents: 61,
                }),
            ),
            ("about_glossary_heading", about_glossary_heading.to_owned()),
            ("glossary_aliases", glossary_aliases("x")),
            ("glossary_meaning", glossary_meaning("x", "x")),
            ("glossary_note_after", glossary_note_after("x")),
            ("not_found_text", not_found_text.to_owned()),
            ("not_found_overview", not_found_overview.to_owned()),
            ("not_found_chronology", not_found_chronology.to_owned()),
            ("not_found_topics", not_found_topics.to_owned()),
            ("chart_title", chart_title.to_owned()),
            ("chart_caption", chart_caption(1990, 2023, 61, 61)),
            ("chart_bars_note", chart_bars_note.to_owned()),
            ("chart_plot_bars", chart_plot_bars.to_owned()),
            ("chart_plot_marks", chart_plot_marks.to_owned()),
            ("legend_range", legend_range.to_owned()),
            ("legend_range_brief", legend_range_brief.to_owned()),
            ("legend_open", legend_open.to_owned()),
            ("legend_open_brief", legend_open_brief.to_owned()),
            ("era_key_filtered", era_key_filtered(61, 61)),
            ("era_key_entry", era_key_entry("x", 1990, 2023, "x")),
            ("chart_numbers_summary", chart_numbers_summary.to_owned()),
            ("table_era_caption", table_era_caption.to_owned()),
            ("table_era", table_era.to_owned()),
            ("table_events", table_events.to_owned()),
            ("table_matching", table_matching.to_owned()),
            ("table_era_row", table_era_row(61, "x", 1990, 2023)),
            ("table_year_caption", table_year_caption.to_owned()),
            ("table_year", table_year.to_owned()),
            ("mark_label", mark_label("x", "x", "x")),
            ("bar_label", bar_label(1990, 61, 61)),
            ("brush_label", brush_label.to_owned()),
            ("brush_choosing", brush_choosing(1990, 2023)),
            ("brush_shown", brush_shown(1990, 2023)),
            ("brush_every_year", brush_every_year.to_owned()),
            ("chart_tip", chart_tip.to_owned()),
            ("year_chart_title", year_chart_title.to_owned()),
            ("year_chart_caption", year_chart_caption(1990, 2023)),
            ("year_chart_plot", year_chart_plot.to_owned()),
            ("year_chart_numbers", year_chart_numbers.to_owned()),
            ("year_table_caption", year_table_caption.to_owned()),
            ("year_table_year", year_table_year.to_owned()),
            ("year_table_all", year_table_all.to_owned()),
            ("year_bar_label", year_bar_label(1990, 61, "x")),
            ("year_bar_part", year_bar_part(61, "x")),
            ("sparkline_empty", sparkline_empty(1990, 2023)),
            ("sparkline_label", sparkline_label(1990, 2023, 61, "x")),
            ("events", events(61)),
            ("year_heading", year_heading(2014)),
            ("group_framework", group_framework.to_owned()),
            ("group_framework_short", group_framework_short.to_owned()),
            ("group_framework_brief", group_framework_brief.to_owned()),
            ("group_practice", group_practice.to_owned()),
            ("group_practice_short", group_practice_short.to_owned()),
            ("group_practice_brief", group_practice_brief.to_owned()),
            ("group_context", group_context.to_owned()),
            ("group_context_short", group_context_short.to_owned()),
            ("group_context_brief", group_context_brief.to_owned()),
            ("type_agreement", type_agreement.to_owned()),
            ("type_meeting", type_meeting.to_owned()),
            ("type_exercise", type_exercise.to_owned()),
            ("type_operation", type_operation.to_owned()),
            ("type_institutional", type_institutional.to_owned()),
            ("type_contribution", type_contribution.to_owned()),
            ("type_policy", type_policy.to_owned()),
            ("type_capability", type_capability.to_owned()),
            ("type_statement", type_statement.to_owned()),
            ("type_context", type_context.to_owned()),
            ("source_kind_official", source_kind_official.to_owned()),
            (
                "source_kind_academic_project",
                source_kind_academic_project.to_owned(),
            ),
            ("source_kind_commentary", source_kind_commentary.to_owned()),
            ("source_kind_analysis", source_kind_analysis.to_owned()),
            ("date_kind_published", date_kind_published.to_owned()),
            ("date_kind_last_updated", date_kind_last_updated.to_owned()),
            ("date_kind_inferred", date_kind_inferred.to_owned()),
            ("switch_to_other", switch_to_other.to_owned()),
            ("switch_to_other_hint", switch_to_other_hint.to_owned()),
            ("rendering_label", rendering_label.to_owned()),
            ("about_editions_heading", about_editions_heading.to_owned()),
            ("glossary_rendering", glossary_rendering("x")),
        ];
        texts.extend(
            about_editions_text
                .iter()
                .map(|text| ("about_editions_text", (*text).to_owned())),
        );
        texts.extend(
            csv_header
                .iter()
                .map(|column| ("csv_header", (*column).to_owned())),
        );
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
                format!("This explorer follows that story through {words} public documents, listed under ")
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
}
