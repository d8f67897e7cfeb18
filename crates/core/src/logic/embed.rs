//! Embed mode and host theming, read from the URL a host page uses
//! (`?embed=1&accent=005a9c&font=Georgia`). Invalid values are ignored.

/// How the app presents itself inside another website.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EmbedSettings {
    /// Compact layout without the site header and footer.
    pub embedded: bool,
    /// An accent colour as `#rrggbb`, readable on the light background.
    pub accent: Option<String>,
    /// The readable text colour on the accent (`#000000` or `#ffffff`).
    pub accent_contrast: Option<String>,
    /// A CSS font-family list built from validated family names.
    pub font: Option<String>,
}

/// The query keys embed mode uses.
pub const KEYS: [&str; 3] = ["embed", "accent", "font"];

/// The values of `embed` that turn embed mode on.
pub const EMBED_ON: [&str; 3] = ["1", "true", "yes"];

/// The light theme's background, against which a host accent must stay readable.
const LIGHT_BACKGROUND: (u8, u8, u8) = (0xfb, 0xfa, 0xf7);
/// WCAG AA contrast for normal text.
const MIN_CONTRAST: f64 = 4.5;

impl EmbedSettings {
    /// Reads the settings from a URL query lookup.
    pub fn from_query(get: impl Fn(&str) -> Option<String>) -> EmbedSettings {
        let embedded = get("embed").is_some_and(|value| EMBED_ON.contains(&value.as_str()));
        let accent = get("accent")
            .and_then(|a| parse_hex_colour(&a))
            .filter(|rgb| contrast_ratio(*rgb, LIGHT_BACKGROUND) >= MIN_CONTRAST);
        EmbedSettings {
            embedded,
            accent: accent.map(|(r, g, b)| format!("#{r:02x}{g:02x}{b:02x}")),
            accent_contrast: accent.map(|rgb| {
                let on_white = contrast_ratio(rgb, (255, 255, 255));
                let on_black = contrast_ratio(rgb, (0, 0, 0));
                if on_white >= on_black {
                    "#ffffff"
                } else {
                    "#000000"
                }
                .to_owned()
            }),
            font: get("font").and_then(|f| font_family(&f)),
        }
    }
}

/// A query string ("?a=1&embed=1" or "a=1") without the given keys, with
/// its "?" when anything is left.
pub fn query_without(search: &str, keys: &[&str]) -> String {
    let kept: Vec<&str> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty())
        .filter(|pair| {
            let key = pair.split('=').next().unwrap_or_default();
            !keys.contains(&key)
        })
        .collect();
    if kept.is_empty() {
        String::new()
    } else {
        format!("?{}", kept.join("&"))
    }
}

/// `005a9c`, `#005a9c`, `05c` or `#05c` as RGB.
pub fn parse_hex_colour(text: &str) -> Option<(u8, u8, u8)> {
    let hex = text.trim().trim_start_matches('#');
    if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let digit = |i: usize| u8::from_str_radix(&hex[i..=i], 16).ok();
    match hex.len() {
        3 => Some((digit(0)? * 17, digit(1)? * 17, digit(2)? * 17)),
        6 => Some((
            u8::from_str_radix(&hex[0..2], 16).ok()?,
            u8::from_str_radix(&hex[2..4], 16).ok()?,
            u8::from_str_radix(&hex[4..6], 16).ok()?,
        )),
        _ => None,
    }
}

fn luminance((r, g, b): (u8, u8, u8)) -> f64 {
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.03928 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

/// The WCAG contrast ratio of two colours, from 1 to 21.
pub fn contrast_ratio(a: (u8, u8, u8), b: (u8, u8, u8)) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    let (light, dark) = if la > lb { (la, lb) } else { (lb, la) };
    (light + 0.05) / (dark + 0.05)
}

const GENERIC_FAMILIES: [&str; 7] = [
    "serif",
    "sans-serif",
    "monospace",
    "cursive",
    "system-ui",
    "ui-serif",
    "ui-sans-serif",
];

/// A CSS font-family list from up to four names of letters, digits, spaces
/// and hyphens; anything else is rejected whole. The app's own fonts follow
/// as fallbacks.
pub fn font_family(text: &str) -> Option<String> {
    let names: Vec<&str> = text
        .split(',')
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .collect();
    let valid = !names.is_empty()
        && names.len() <= 4
        && names.iter().all(|name| {
            name.len() <= 40
                && name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == ' ' || c == '-')
        });
    valid.then(|| {
        let quoted: Vec<String> = names
            .iter()
            .map(|name| {
                if GENERIC_FAMILIES.contains(&name.to_ascii_lowercase().as_str()) {
                    name.to_ascii_lowercase()
                } else {
                    format!("\"{name}\"")
                }
            })
            .collect();
        format!("{}, system-ui, sans-serif", quoted.join(", "))
    })
}
