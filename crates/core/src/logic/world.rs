//! The world map's land and borders, drawn once by the build from Natural
//! Earth's 1:110m countries (`data/map/countries-110m.json`, TopoJSON as
//! the npm package world-atlas 2.0.2 ships it) into small SVG files that
//! pages show as images: no tiles, no request beyond the site, cached for
//! offline reading with the other files, and never part of the app's
//! module.
//!
//! TopoJSON stores each stretch of border once (an "arc") and each country
//! as rings of arcs, so simplifying the arcs keeps neighbours' borders
//! identical. An arc that bounds one country is coast; one that bounds two
//! is a border between them.

use serde::Deserialize;

use super::map::{project, HEIGHT, WIDTH};

#[derive(Deserialize)]
struct Topology {
    transform: Transform,
    arcs: Vec<Vec<[i64; 2]>>,
    objects: Objects,
}

#[derive(Deserialize)]
struct Transform {
    scale: [f64; 2],
    translate: [f64; 2],
}

#[derive(Deserialize)]
struct Objects {
    countries: Collection,
}

#[derive(Deserialize)]
struct Collection {
    geometries: Vec<Geometry>,
}

/// A country: a polygon (rings of arc indexes) or several.
#[derive(Deserialize)]
#[serde(tag = "type")]
enum Geometry {
    Polygon { arcs: Vec<Vec<i64>> },
    MultiPolygon { arcs: Vec<Vec<Vec<i64>>> },
}

impl Geometry {
    fn polygons(&self) -> Vec<&Vec<Vec<i64>>> {
        match self {
            Geometry::Polygon { arcs } => vec![arcs],
            Geometry::MultiPolygon { arcs } => arcs.iter().collect(),
        }
    }
}

/// How much detail a drawing keeps.
#[derive(Clone, Copy, Debug)]
pub struct Detail {
    /// Points closer than this (user units) to the line their neighbours
    /// make are dropped (Douglas–Peucker).
    pub tolerance: f64,
    /// Rings smaller than this (square user units) are left out.
    pub min_area: f64,
    /// Whether borders between countries are drawn.
    pub borders: bool,
}

/// The detail of the map on `/map`, about 2000 units wide on the page.
pub const WORLD: Detail = Detail {
    tolerance: 1.2,
    min_area: 30.0,
    borders: true,
};

/// The detail of an event page's small locator map.
pub const LOCATOR: Detail = Detail {
    tolerance: 5.0,
    min_area: 600.0,
    borders: false,
};

/// Arc index `i` as TopoJSON writes it: `~i` is arc `i` walked backwards.
fn arc_index(i: i64) -> (usize, bool) {
    if i < 0 {
        ((!i) as usize, true)
    } else {
        (i as usize, false)
    }
}

/// Draws the map as an SVG document at the given detail.
pub fn svg(topojson: &str, detail: Detail) -> Result<String, String> {
    let topology: Topology =
        serde_json::from_str(topojson).map_err(|err| format!("not TopoJSON: {err}"))?;
    let arcs = projected_arcs(&topology);
    let simplified: Vec<Vec<(f64, f64)>> = arcs
        .iter()
        .map(|arc| simplify(arc, detail.tolerance))
        .collect();
    // Which countries each arc bounds: one is coast, two a border.
    let mut bounding = vec![0u8; arcs.len()];
    let mut land = String::new();
    for country in &topology.objects.countries.geometries {
        for polygon in country.polygons() {
            for ring in polygon {
                for &i in ring {
                    let (at, _) = arc_index(i);
                    if let Some(count) = bounding.get_mut(at) {
                        *count = count.saturating_add(1);
                    }
                }
            }
            for (r, ring) in polygon.iter().enumerate() {
                let mut points: Vec<(f64, f64)> = Vec::new();
                for &i in ring {
                    let (at, backwards) = arc_index(i);
                    let arc = simplified
                        .get(at)
                        .ok_or_else(|| format!("a ring names arc {at}, which does not exist"))?;
                    let mut stretch = arc.clone();
                    if backwards {
                        stretch.reverse();
                    }
                    // Consecutive arcs share their joining point.
                    let skip = usize::from(!points.is_empty());
                    points.extend(stretch.into_iter().skip(skip));
                }
                // An outer ring too small to see goes, with its holes.
                if r == 0 && area(&points).abs() < detail.min_area {
                    break;
                }
                if crosses_the_cut(&points) || !touches_frame(&points) {
                    continue;
                }
                write_path(&mut land, &points, true);
            }
        }
    }
    let mut borders = String::new();
    if detail.borders {
        for (at, arc) in simplified.iter().enumerate() {
            if bounding[at] >= 2 && !crosses_the_cut(arc) && touches_frame(arc) {
                write_path(&mut borders, arc, false);
            }
        }
    }
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" width=\"{WIDTH}\" height=\"{HEIGHT}\">"
    );
    // Grey at part opacity reads on the light and the dark theme alike:
    // the image cannot see the page's colours.
    out.push_str(&format!(
        "<path fill=\"#7f8c99\" fill-opacity=\".38\" d=\"{land}\"/>"
    ));
    if !borders.is_empty() {
        out.push_str(&format!(
            "<path fill=\"none\" stroke=\"#7f8c99\" stroke-opacity=\".9\" stroke-width=\"1.2\" stroke-linejoin=\"round\" d=\"{borders}\"/>"
        ));
    }
    out.push_str("</svg>\n");
    Ok(out)
}

/// Every arc's points, decoded (delta-encoded, quantized) and projected.
fn projected_arcs(topology: &Topology) -> Vec<Vec<(f64, f64)>> {
    let [sx, sy] = topology.transform.scale;
    let [tx, ty] = topology.transform.translate;
    topology
        .arcs
        .iter()
        .map(|arc| {
            let (mut qx, mut qy) = (0i64, 0i64);
            arc.iter()
                .map(|[dx, dy]| {
                    qx += dx;
                    qy += dy;
                    project([qx as f64 * sx + tx, qy as f64 * sy + ty])
                })
                .collect()
        })
        .collect()
}

/// Whether a line jumps across the meridian opposite the centre, where the
/// map is cut (the Americas): such rings lie outside the frame anyway.
fn crosses_the_cut(points: &[(f64, f64)]) -> bool {
    points
        .windows(2)
        .any(|pair| (pair[0].0 - pair[1].0).abs() > WIDTH)
}

/// Whether any part of a line's bounds is inside the frame.
fn touches_frame(points: &[(f64, f64)]) -> bool {
    let (mut left, mut right, mut top, mut bottom) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
    for &(x, y) in points {
        left = left.min(x);
        right = right.max(x);
        top = top.min(y);
        bottom = bottom.max(y);
    }
    right >= 0.0 && left <= WIDTH && bottom >= 0.0 && top <= HEIGHT
}

/// A ring's signed area (shoelace).
fn area(points: &[(f64, f64)]) -> f64 {
    points
        .windows(2)
        .map(|w| w[0].0 * w[1].1 - w[1].0 * w[0].1)
        .sum::<f64>()
        / 2.0
}

/// Douglas–Peucker: keeps the ends and every point farther than
/// `tolerance` from the line the kept points make.
fn simplify(points: &[(f64, f64)], tolerance: f64) -> Vec<(f64, f64)> {
    if points.len() < 3 {
        return points.to_vec();
    }
    let mut keep = vec![false; points.len()];
    keep[0] = true;
    keep[points.len() - 1] = true;
    let mut stack = vec![(0, points.len() - 1)];
    while let Some((first, last)) = stack.pop() {
        let (a, b) = (points[first], points[last]);
        let (mut farthest, mut at) = (0.0, first);
        for (i, &p) in points.iter().enumerate().take(last).skip(first + 1) {
            let d = distance_to_segment(p, a, b);
            if d > farthest {
                (farthest, at) = (d, i);
            }
        }
        if farthest > tolerance {
            keep[at] = true;
            stack.push((first, at));
            stack.push((at, last));
        }
    }
    points
        .iter()
        .zip(keep)
        .filter_map(|(p, kept)| kept.then_some(*p))
        .collect()
}

fn distance_to_segment(p: (f64, f64), a: (f64, f64), b: (f64, f64)) -> f64 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let length = dx * dx + dy * dy;
    let t = if length == 0.0 {
        0.0
    } else {
        (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / length).clamp(0.0, 1.0)
    };
    let (x, y) = (a.0 + t * dx, a.1 + t * dy);
    ((p.0 - x).powi(2) + (p.1 - y).powi(2)).sqrt()
}

/// Appends a line as compact path data: whole units, the first point
/// absolute and the rest relative (short numbers that compress well),
/// repeated points dropped.
fn write_path(out: &mut String, points: &[(f64, f64)], closed: bool) {
    let mut last: Option<(i64, i64)> = None;
    let mut wrote = 0;
    for &(x, y) in points {
        let p = (x.round() as i64, y.round() as i64);
        match last {
            None => out.push_str(&format!("M{} {}", p.0, p.1)),
            Some(l) if l == p => continue,
            Some(l) => {
                if wrote == 1 {
                    out.push('l');
                } else {
                    out.push(' ');
                }
                let (dx, dy) = (p.0 - l.0, p.1 - l.1);
                out.push_str(&format!("{dx}"));
                if dy >= 0 {
                    out.push(' ');
                }
                out.push_str(&format!("{dy}"));
            }
        }
        wrote += 1;
        last = Some(p);
    }
    if closed && wrote > 0 {
        out.push('z');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two unit squares side by side, sharing arc 1 (their border), on a
    /// grid of one degree, near Vilnius.
    const TWO_SQUARES: &str = r#"{"type":"Topology",
        "transform":{"scale":[1,1],"translate":[20,50]},
        "arcs":[[[1,0],[-1,0],[0,1],[1,0]], [[1,0],[0,1]], [[1,1],[1,0],[0,-1],[-1,0]]],
        "objects":{"countries":{"type":"GeometryCollection","geometries":[
          {"type":"Polygon","arcs":[[0,1]]},
          {"type":"MultiPolygon","arcs":[[[2,-2]]]}]}}}"#;

    #[test]
    fn draws_land_and_the_border_two_countries_share() {
        let svg = svg(TWO_SQUARES, WORLD).expect("draws");
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert_eq!(svg.matches('z').count(), 2, "two rings of land: {svg}");
        let borders = svg.split("stroke=").nth(1).expect("a border path");
        assert_eq!(borders.matches('M').count(), 1, "one shared arc: {svg}");
    }

    #[test]
    fn the_locator_leaves_out_borders_and_specks() {
        let svg = svg(TWO_SQUARES, LOCATOR).expect("draws");
        assert!(!svg.contains("stroke="));
        let tiny = Detail {
            min_area: 1e9,
            ..LOCATOR
        };
        assert!(!svg_has_land(&super::svg(TWO_SQUARES, tiny).unwrap()));
    }

    fn svg_has_land(svg: &str) -> bool {
        svg.contains("d=\"M")
    }

    #[test]
    fn simplifying_keeps_the_ends_and_the_corners() {
        let line = [(0.0, 0.0), (1.0, 0.1), (2.0, 0.0), (2.0, 5.0)];
        assert_eq!(
            simplify(&line, 0.5),
            vec![(0.0, 0.0), (2.0, 0.0), (2.0, 5.0)]
        );
    }

    #[test]
    fn paths_are_relative_after_the_first_point() {
        let mut out = String::new();
        write_path(
            &mut out,
            &[(10.2, 20.0), (12.0, 19.0), (12.0, 19.2), (9.0, 25.0)],
            true,
        );
        assert_eq!(out, "M10 20l2-1 -3 6z");
    }

    #[test]
    fn malformed_topojson_is_an_error_not_a_panic() {
        assert!(svg("{}", WORLD).is_err());
        let bad_arc = TWO_SQUARES.replace("[[0,1]]", "[[0,7]]");
        assert!(svg(&bad_arc, WORLD).is_err());
    }

    #[test]
    fn the_bundled_map_is_drawn_within_its_budget() {
        let topojson = include_str!("../../../../data/map/countries-110m.json");
        let world = svg(topojson, WORLD).expect("the bundled map draws");
        let locator = svg(topojson, LOCATOR).expect("the bundled map draws");
        assert!(world.len() < 120_000, "world map: {} bytes", world.len());
        assert!(
            locator.len() < 20_000,
            "locator map: {} bytes",
            locator.len()
        );
    }
}
