//! The map of places: one projection for the world map the build draws
//! (`world.rs`) and for the marks the app draws over it, so that a place's
//! mark lands where the land under it was drawn.
//!
//! The projection is Miller's cylindrical, centred on 85° E and cut to the
//! part of the globe the partnership spans: from the Atlantic coast of
//! Europe (25° W) to the western Pacific (165° W), 72° N to 48° S. Centred
//! there, Europe and the Pacific both sit well inside the frame, and no
//! place the sources name falls on its edge.

use crate::data::{LonLat, Place};

use super::catalog::Catalog;

/// The meridian at the map's centre, in degrees east.
pub const CENTRE_LON: f64 = 85.0;
/// How far the map reaches either side of its centre, in degrees.
pub const HALF_SPAN: f64 = 110.0;
/// The map's top and bottom latitudes, in degrees.
pub const NORTH: f64 = 72.0;
pub const SOUTH: f64 = -48.0;
/// The map's size in SVG user units (the `viewBox`).
pub const WIDTH: f64 = 2000.0;
/// `WIDTH` times the frame's height over its width (see the test that
/// recomputes it).
pub const HEIGHT: f64 = 1278.0;
/// The `viewBox` of the whole map, written once: formatting a float in the
/// app would bring the float formatter into its module (about 20 kB).
pub const VIEW_BOX: &str = "0 0 2000 1278";
/// `WIDTH` and `HEIGHT` as the map's image attributes write them.
pub const WIDTH_TEXT: &str = "2000";
pub const HEIGHT_TEXT: &str = "1278";

/// Miller's y, `1.25 ln tan(π/4 + 0.4 φ)`, at every whole degree of
/// latitude from 90° S to 90° N, in radians of the equator. Read between
/// degrees by straight lines: at most 0.11 units off on a map 2000 wide
/// from 85° S to 85° N (the frame is 48° S to 72° N), as a test checks
/// against the formula. So the app needs no `tan` or `ln`, which the
/// WebAssembly module would otherwise carry (about 7 kB).
const MILLER: [f64; 181] = [
    -2.303412543,
    -2.248110625,
    -2.195032049,
    -2.143995361,
    -2.094840032,
    -2.047423353,
    -2.001617894,
    -1.957309386,
    -1.914394971,
    -1.872781725,
    -1.832385416,
    -1.793129446,
    -1.754943957,
    -1.717765054,
    -1.681534147,
    -1.646197371,
    -1.611705091,
    -1.578011467,
    -1.545074071,
    -1.512853557,
    -1.481313363,
    -1.450419454,
    -1.420140090,
    -1.390445620,
    -1.361308302,
    -1.332702138,
    -1.304602729,
    -1.276987141,
    -1.249833791,
    -1.223122336,
    -1.196833581,
    -1.170949386,
    -1.145452593,
    -1.120326950,
    -1.095557045,
    -1.071128251,
    -1.047026663,
    -1.023239057,
    -0.999752835,
    -0.976555991,
    -0.953637065,
    -0.930985114,
    -0.908589673,
    -0.886440727,
    -0.864528684,
    -0.842844347,
    -0.821378890,
    -0.800123835,
    -0.779071034,
    -0.758212645,
    -0.737541116,
    -0.717049171,
    -0.696729788,
    -0.676576189,
    -0.656581824,
    -0.636740358,
    -0.617045660,
    -0.597491791,
    -0.578072991,
    -0.558783672,
    -0.539618408,
    -0.520571924,
    -0.501639087,
    -0.482814902,
    -0.464094500,
    -0.445473131,
    -0.426946161,
    -0.408509061,
    -0.390157402,
    -0.371886852,
    -0.353693164,
    -0.335572177,
    -0.317519807,
    -0.299532041,
    -0.281604938,
    -0.263734616,
    -0.245917254,
    -0.228149087,
    -0.210426396,
    -0.192745512,
    -0.175102806,
    -0.157494689,
    -0.139917605,
    -0.122368029,
    -0.104842464,
    -0.087337437,
    -0.069849493,
    -0.052375196,
    -0.034911123,
    -0.017453860,
    -0.000000000,
    0.017453860,
    0.034911123,
    0.052375196,
    0.069849493,
    0.087337437,
    0.104842464,
    0.122368029,
    0.139917605,
    0.157494689,
    0.175102806,
    0.192745512,
    0.210426396,
    0.228149087,
    0.245917254,
    0.263734616,
    0.281604938,
    0.299532041,
    0.317519807,
    0.335572177,
    0.353693164,
    0.371886852,
    0.390157402,
    0.408509061,
    0.426946161,
    0.445473131,
    0.464094500,
    0.482814902,
    0.501639087,
    0.520571924,
    0.539618408,
    0.558783672,
    0.578072991,
    0.597491791,
    0.617045660,
    0.636740358,
    0.656581824,
    0.676576189,
    0.696729788,
    0.717049171,
    0.737541116,
    0.758212645,
    0.779071034,
    0.800123835,
    0.821378890,
    0.842844347,
    0.864528684,
    0.886440727,
    0.908589673,
    0.930985114,
    0.953637065,
    0.976555991,
    0.999752835,
    1.023239057,
    1.047026663,
    1.071128251,
    1.095557045,
    1.120326950,
    1.145452593,
    1.170949386,
    1.196833581,
    1.223122336,
    1.249833791,
    1.276987141,
    1.304602729,
    1.332702138,
    1.361308302,
    1.390445620,
    1.420140090,
    1.450419454,
    1.481313363,
    1.512853557,
    1.545074071,
    1.578011467,
    1.611705091,
    1.646197371,
    1.681534147,
    1.717765054,
    1.754943957,
    1.793129446,
    1.832385416,
    1.872781725,
    1.914394971,
    1.957309386,
    2.001617894,
    2.047423353,
    2.094840032,
    2.143995361,
    2.195032049,
    2.248110625,
    2.303412543,
];

/// Miller's y for a latitude, in radians of the equator.
fn miller(lat: f64) -> f64 {
    let lat = lat.clamp(-90.0, 90.0) + 90.0;
    let below = (lat as usize).min(179);
    let t = lat - below as f64;
    MILLER[below] + (MILLER[below + 1] - MILLER[below]) * t
}

/// Degrees east of the centre meridian, in -180..180.
fn from_centre(lon: f64) -> f64 {
    (lon - CENTRE_LON + 540.0).rem_euclid(360.0) - 180.0
}

/// User units per radian.
fn scale() -> f64 {
    WIDTH / (2.0 * HALF_SPAN * std::f64::consts::PI / 180.0)
}

/// Where a point on the globe falls on the map, in user units (it may fall
/// outside the frame).
pub fn project([lon, lat]: LonLat) -> (f64, f64) {
    let x = (from_centre(lon) + HALF_SPAN) / (2.0 * HALF_SPAN) * WIDTH;
    let y = (miller(NORTH) - miller(lat)) * scale();
    (x, y)
}

/// Whether a projected point is inside the frame.
pub fn in_frame((x, y): (f64, f64)) -> bool {
    (0.0..=WIDTH).contains(&x) && (0.0..=HEIGHT).contains(&y)
}

/// The projected rectangle of an extent, `(left, top, right, bottom)`. An
/// extent that crosses the 180th meridian stays one rectangle (its east
/// edge lies east of its west edge on this map, centred in the east).
pub fn project_extent([west_south, east_north]: [LonLat; 2]) -> (f64, f64, f64, f64) {
    let (left, bottom) = project(west_south);
    let (mut right, top) = project(east_north);
    if right < left {
        right += WIDTH * 360.0 / (2.0 * HALF_SPAN);
    }
    (left, top, right, bottom)
}

/// One place's mark: where it is, how many events in view name it, and
/// where its label goes. (No `Debug`: formatting a float would bring the
/// float formatter into the app's module.)
#[derive(Clone, PartialEq)]
pub struct Mark {
    pub id: String,
    pub name: String,
    pub x: f64,
    pub y: f64,
    pub r: f64,
    pub count: usize,
    /// Where the label's text starts, and whether it runs leftwards
    /// (`text-anchor: end`); `None` when it would cover another label.
    pub label: Option<(f64, f64, bool)>,
}

/// A mark's radius for its count: its area grows with the count, and a
/// single event still makes a mark a finger can find on a wide screen.
pub fn radius(count: usize) -> f64 {
    8.0 + 9.0 * (count as f64).sqrt()
}

/// The label's size in user units (CSS sets the same: `.map-label`).
pub const LABEL_SIZE: f64 = 26.0;

/// How many events at `positions` name each place: per place, in the
/// dataset's order of places.
pub fn counts(catalog: &Catalog, positions: &[usize]) -> Vec<usize> {
    // By the catalog's index of places: this runs on every change of the
    // filters, over every event in view.
    let mut counts = vec![0; catalog.data.places.len()];
    for &at in positions {
        let Some(event) = catalog.data.events.get(at) else {
            continue;
        };
        for id in &event.places {
            if let Some(i) = catalog.place_position(id) {
                counts[i] += 1;
            }
        }
    }
    counts
}

/// The marks of the places with events among `positions`, largest first
/// (smaller marks are drawn over larger ones, and keyboard focus visits the
/// places with most events first), each with a label where one fits.
pub fn marks(catalog: &Catalog, positions: &[usize]) -> Vec<Mark> {
    let counts = counts(catalog, positions);
    let mut marks: Vec<Mark> = catalog
        .data
        .places
        .iter()
        .zip(counts)
        .filter(|(_, count)| *count > 0)
        .map(|(place, count)| mark(place, count))
        .collect();
    marks.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.name.cmp(&b.name)));
    place_labels(&mut marks);
    marks
}

fn mark(place: &Place, count: usize) -> Mark {
    let (x, y) = project(place.point);
    Mark {
        id: place.id.clone(),
        name: place.name.clone(),
        x,
        y,
        r: radius(count),
        count,
        label: None,
    }
}

/// A rectangle, `(left, top, right, bottom)`.
type Rect = (f64, f64, f64, f64);

fn overlaps(a: Rect, b: Rect) -> bool {
    a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
}

/// Gives each mark a label beside it (right, then left, then above, then
/// below), unless every spot covers a label already placed or a mark: the
/// place keeps its name in the mark's title and the table.
fn place_labels(marks: &mut [Mark]) {
    // Wide characters (Japanese) take about a full em; Latin about 0.55.
    let width = |name: &str| {
        name.chars()
            .map(|c| if c.is_ascii() { 0.56 } else { 1.0 })
            .sum::<f64>()
            * LABEL_SIZE
    };
    let discs: Vec<Rect> = marks
        .iter()
        .map(|m| (m.x - m.r, m.y - m.r, m.x + m.r, m.y + m.r))
        .collect();
    let mut taken: Vec<Rect> = Vec::new();
    // Two places at one point under one name (the Japanese edition's
    // "Pacific" and "Pacific Ocean" are both 太平洋) are named once.
    let mut named: Vec<(String, f64, f64)> = Vec::new();
    for (at, mark) in marks.iter_mut().enumerate() {
        let twin = named.iter().any(|(name, x, y)| {
            *name == mark.name && (x - mark.x).abs() < 1.0 && (y - mark.y).abs() < 1.0
        });
        if twin {
            continue;
        }
        let w = width(&mark.name);
        let h = LABEL_SIZE;
        let gap = mark.r + 6.0;
        // (text x, baseline y, anchored at its end, box)
        let spots = [
            (mark.x + gap, mark.y + h * 0.35, false),
            (mark.x - gap, mark.y + h * 0.35, true),
            (mark.x - w / 2.0, mark.y - gap - 2.0, false),
            (mark.x - w / 2.0, mark.y + gap + h * 0.8, false),
        ];
        let fits = spots.into_iter().find_map(|(x, y, end)| {
            let left = if end { x - w } else { x };
            let rect = (left, y - h * 0.8, left + w, y + h * 0.2);
            let inside = rect.0 >= 0.0 && rect.2 <= WIDTH && rect.1 >= 0.0 && rect.3 <= HEIGHT;
            let clear = !taken.iter().any(|t| overlaps(*t, rect))
                && !discs
                    .iter()
                    .enumerate()
                    .any(|(i, d)| i != at && overlaps(*d, rect));
            (inside && clear).then_some(((x, y, end), rect))
        });
        if let Some((label, rect)) = fits {
            taken.push(rect);
            named.push((mark.name.clone(), mark.x, mark.y));
            mark.label = Some(label);
        }
    }
}

/// The part of the map an event's locator shows: its places' points and
/// extents with a margin, at least `MIN_VIEW` wide and at the map's
/// proportions, kept inside the frame. `(left, top, width, height)` in
/// whole units.
pub fn locator_view(places: &[&Place]) -> (i32, i32, i32, i32) {
    const MIN_VIEW: f64 = 520.0;
    let ratio = 0.5;
    let mut rect: Option<Rect> = None;
    for place in places {
        let (x, y) = project(place.point);
        let mut r = (x, y, x, y);
        if let Some(extent) = place.extent {
            let e = project_extent(extent);
            r = (r.0.min(e.0), r.1.min(e.1), r.2.max(e.2), r.3.max(e.3));
        }
        rect = Some(match rect {
            None => r,
            Some(a) => (a.0.min(r.0), a.1.min(r.1), a.2.max(r.2), a.3.max(r.3)),
        });
    }
    let (left, top, right, bottom) = rect.unwrap_or((0.0, 0.0, WIDTH, HEIGHT));
    let margin = 80.0;
    let mut width = (right - left + 2.0 * margin).max(MIN_VIEW);
    let mut height = (bottom - top + 2.0 * margin).max(MIN_VIEW * ratio);
    // Keep the map's proportions: widen or heighten, whichever is short.
    if height > width * ratio {
        width = height / ratio;
    } else {
        height = width * ratio;
    }
    width = width.min(WIDTH);
    height = height.min(HEIGHT);
    let cx = (left + right) / 2.0;
    let cy = (top + bottom) / 2.0;
    let x = (cx - width / 2.0).clamp(0.0, WIDTH - width);
    let y = (cy - height / 2.0).clamp(0.0, HEIGHT - height);
    let whole = |v: f64| v.round() as i32;
    (whole(x), whole(y), whole(width), whole(height))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_reads_millers_formula() {
        let formula = |lat: f64| {
            1.25 * (std::f64::consts::FRAC_PI_4 + 0.4 * lat.to_radians())
                .tan()
                .ln()
        };
        for tenth in -850..=850 {
            let lat = f64::from(tenth) / 10.0;
            let off = (miller(lat) - formula(lat)).abs() * scale();
            assert!(off < 0.15, "{off} units off at {lat}°");
        }
    }

    #[test]
    fn the_height_is_the_frames_proportion() {
        let height = (miller(NORTH) - miller(SOUTH)) * scale();
        assert!(
            (height - HEIGHT).abs() < 1.0,
            "HEIGHT should be {height:.0}"
        );
        assert_eq!(VIEW_BOX, format!("0 0 {WIDTH} {HEIGHT}"));
        assert_eq!(
            (WIDTH_TEXT, HEIGHT_TEXT),
            (&*WIDTH.to_string(), &*HEIGHT.to_string())
        );
    }

    #[test]
    fn the_frame_runs_from_the_atlantic_to_the_western_pacific() {
        let (x, _) = project([-25.0, 0.0]);
        assert!(x.abs() < 1e-9);
        let (x, _) = project([-165.0, 0.0]);
        assert!((x - WIDTH).abs() < 1e-9);
        assert!(in_frame(project([25.28, 54.69])), "Vilnius");
        assert!(in_frame(project([139.69, 35.69])), "Tokyo");
        assert!(in_frame(project([178.0, -18.0])), "Fiji");
        assert!(!in_frame(project([-74.0, 40.7])), "New York is off the map");
        let (_, top) = project([0.0, NORTH]);
        let (_, bottom) = project([0.0, SOUTH]);
        assert!(top.abs() < 1e-9 && (bottom - HEIGHT).abs() < 1.0);
    }

    #[test]
    fn north_is_up_and_east_is_right() {
        let (tokyo_x, tokyo_y) = project([139.69, 35.69]);
        let (vilnius_x, vilnius_y) = project([25.28, 54.69]);
        assert!(tokyo_x > vilnius_x && tokyo_y > vilnius_y);
    }

    #[test]
    fn an_extent_across_the_180th_meridian_stays_one_rectangle() {
        let (left, top, right, bottom) = project_extent([[120.0, -60.0], [-70.0, 60.0]]);
        assert!(right > left && bottom > top);
        let (l2, _, r2, _) = project_extent([[9.5, 53.5], [30.5, 66.0]]);
        assert!(r2 > l2 && r2 - l2 < 300.0);
    }
}
