//! The demo's report: the steps with their timings and proofs, as JSON or text.

use std::fmt::Write as _;
use std::path::Path;
use std::time::Duration;

use serde::Serialize;
use serde_json::{Map, Value};

/// One step of the lifecycle.
#[derive(Debug, Serialize)]
pub struct Step {
    /// A stable, machine-readable name (`connect`, `bot_sign_in`, …).
    pub name: &'static str,
    /// Whether the step ran and every claim it makes was checked true.
    pub ok: bool,
    /// How long it took, in milliseconds.
    pub ms: f64,
    /// What happened: `summary` (one sentence) and the counters that prove it; `error`
    /// when the step failed.
    pub details: Map<String, Value>,
}

/// The whole run.
#[derive(Debug, Serialize)]
pub struct Report {
    /// Every step ran and held.
    pub ok: bool,
    /// Wall time of the whole demo, in milliseconds.
    pub total_ms: f64,
    /// Where the session files went.
    pub work_dir: String,
    /// Whether the work dir is removed afterwards.
    pub temporary_work_dir: bool,
    /// The steps, in order (a failed step is the last one).
    pub steps: Vec<Step>,
}

impl Report {
    /// An empty report.
    pub fn new(work_dir: &Path, temporary: bool) -> Self {
        Report {
            ok: false,
            total_ms: 0.0,
            work_dir: work_dir.display().to_string(),
            temporary_work_dir: temporary,
            steps: Vec::new(),
        }
    }

    /// Records a step.
    pub fn push(&mut self, name: &'static str, elapsed: Duration, details: Map<String, Value>) {
        self.steps.push(Step {
            name,
            ok: true,
            ms: millis(elapsed),
            details,
        });
    }

    /// Records a failed step.
    pub fn fail(&mut self, name: &'static str, elapsed: Duration, error: &anyhow::Error) {
        let mut details = Map::new();
        details.insert("error".to_owned(), Value::String(format!("{error:#}")));
        self.steps.push(Step {
            name,
            ok: false,
            ms: millis(elapsed),
            details,
        });
    }

    /// Closes the report.
    pub fn finish(&mut self, total: Duration) {
        self.total_ms = millis(total);
        self.ok = !self.steps.is_empty() && self.steps.iter().all(|s| s.ok);
    }

    /// The readable report.
    pub fn text(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "mtrs demo: the session lifecycle against an embedded test DC cluster"
        );
        let removed = if self.temporary_work_dir {
            " (temporary, removed afterwards)"
        } else {
            ""
        };
        let _ = writeln!(out, "work dir: {}{removed}\n", self.work_dir);
        for (i, step) in self.steps.iter().enumerate() {
            let status = if step.ok { "ok  " } else { "FAIL" };
            let summary = step
                .details
                .get("summary")
                .and_then(Value::as_str)
                .unwrap_or("");
            let _ = writeln!(
                out,
                "{:>2}. {:<22} {status} {:>8.1} ms  {summary}",
                i + 1,
                step.name,
                step.ms
            );
            let proof: Vec<String> = step
                .details
                .iter()
                .filter(|(k, _)| k.as_str() != "summary")
                .map(|(k, v)| format!("{k}={}", compact(v)))
                .collect();
            for line in wrap(&proof, PROOF_WIDTH) {
                let _ = writeln!(out, "{PROOF_INDENT}{line}");
            }
        }
        let verdict = if self.ok {
            format!("all {} steps ok", self.steps.len())
        } else {
            "FAILED".to_owned()
        };
        let _ = write!(out, "\n{verdict} in {:.0} ms", self.total_ms);
        out
    }
}

/// Where the proof lines start, and how wide they get.
const PROOF_INDENT: &str = "      ";
const PROOF_WIDTH: usize = 100;

/// Joins `items` with two spaces into lines of at most `width` characters (an item longer
/// than that gets a line of its own).
fn wrap(items: &[String], width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for item in items {
        match lines.last_mut() {
            Some(line) if line.len() + 2 + item.len() <= width => {
                line.push_str("  ");
                line.push_str(item);
            }
            _ => lines.push(item.clone()),
        }
    }
    lines
}

fn millis(d: Duration) -> f64 {
    (d.as_secs_f64() * 10_000.0).round() / 10.0
}

/// A short rendering of a detail value: strings without quotes.
fn compact(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// A step's details: its one-sentence summary and its proof.
pub(super) fn details(summary: impl Into<String>, proof: Value) -> Map<String, Value> {
    let mut map = Map::new();
    map.insert("summary".to_owned(), Value::String(summary.into()));
    if let Value::Object(proof) = proof {
        map.extend(proof);
    }
    map
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn wrap_fills_lines_up_to_the_width() {
        let items: Vec<String> = ["aaaa", "bbbb", "cccc", "a-much-longer-item"]
            .iter()
            .map(|s| (*s).to_owned())
            .collect();
        assert_eq!(
            wrap(&items, 10),
            ["aaaa  bbbb", "cccc", "a-much-longer-item"]
        );
        assert_eq!(wrap(&items, 100).len(), 1);
        assert!(wrap(&[], 10).is_empty());
    }
}
