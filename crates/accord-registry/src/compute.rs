//! Training compute: the figure, how it was obtained, its inputs and how sure it is.
//!
//! The estimation formulas are the field's conventions (`shared/reference/models-evals-compute.md`
//! §6.1): operation counting `C ≈ 6·N·D` (Kaplan et al. 2020; active parameters for mixtures of
//! experts) and the hardware method `C = chips × hours × 3600 × peak FLOP/s × utilisation`
//! (Epoch AI). Regulatory thresholds are *not* here: they are rules in `corpus/`.

use serde::{Deserialize, Serialize};

/// How a compute figure was obtained.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ComputeMethod {
    /// Stated by the developer.
    Reported,
    /// 6 · parameters (active, for MoE) · training tokens.
    OperationCounting,
    /// Accelerators × hours × peak FLOP/s × utilisation.
    Hardware,
    /// Estimated by a third party (Epoch AI's other methods: benchmarks, comparison, cost).
    ThirdParty,
    Other,
}

impl ComputeMethod {
    pub const ALL: [ComputeMethod; 5] = [
        ComputeMethod::Reported,
        ComputeMethod::OperationCounting,
        ComputeMethod::Hardware,
        ComputeMethod::ThirdParty,
        ComputeMethod::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ComputeMethod::Reported => "reported",
            ComputeMethod::OperationCounting => "operation_counting",
            ComputeMethod::Hardware => "hardware",
            ComputeMethod::ThirdParty => "third_party",
            ComputeMethod::Other => "other",
        }
    }

    pub fn parse(text: &str) -> Option<ComputeMethod> {
        ComputeMethod::ALL.into_iter().find(|m| m.as_str() == text)
    }

    /// Maps Epoch AI's `Training compute estimation method` wording (a comma list; the first
    /// named method is taken).
    pub fn from_epoch(text: &str) -> ComputeMethod {
        let first = text.split(',').next().unwrap_or("").trim().to_ascii_lowercase();
        match first.as_str() {
            "reported" | "reported flops per token/update" => ComputeMethod::Reported,
            "operation counting" => ComputeMethod::OperationCounting,
            "hardware" => ComputeMethod::Hardware,
            "third-party estimation" | "benchmarks" | "comparison with other models" | "cost" => {
                ComputeMethod::ThirdParty
            }
            _ => ComputeMethod::Other,
        }
    }
}

/// How sure a figure is (Epoch AI's bands: Confident ≈ within 3×, Likely ≈ 10×, Speculative ≈ 30×).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    Confident,
    Likely,
    Speculative,
    Unknown,
}

impl Confidence {
    pub fn as_str(self) -> &'static str {
        match self {
            Confidence::Confident => "confident",
            Confidence::Likely => "likely",
            Confidence::Speculative => "speculative",
            Confidence::Unknown => "unknown",
        }
    }

    pub fn parse(text: &str) -> Confidence {
        match text.trim().to_ascii_lowercase().as_str() {
            "confident" => Confidence::Confident,
            "likely" => Confidence::Likely,
            "speculative" => Confidence::Speculative,
            _ => Confidence::Unknown,
        }
    }
}

/// What an estimate was computed from; absent inputs were not stated.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ComputeInputs {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parameters: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tokens: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accelerator: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accelerator_count: Option<f64>,
    /// Wall-clock training hours (multiply by `accelerator_count` for accelerator-hours).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<f64>,
    /// Accelerator-hours when stated directly (model cards state GPU-hours).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accelerator_hours: Option<f64>,
    /// Peak FLOP/s of one accelerator at the precision used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub peak_flops: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub utilisation: Option<f64>,
}

/// A training-compute figure with its method, inputs, provenance and uncertainty.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TrainingCompute {
    /// Training compute of this model's own run, in FLOP.
    pub flop: f64,
    pub method: ComputeMethod,
    #[serde(default)]
    pub inputs: ComputeInputs,
    /// Where the figure comes from, in words (Epoch AI's notes, a paper, a card).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub provenance: String,
    pub confidence: Confidence,
    /// Compute spent fine-tuning this model from its base, when stated separately.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finetune_flop: Option<f64>,
}

/// Why an estimate cannot be made.
#[derive(Debug, PartialEq, thiserror::Error)]
pub enum EstimateError {
    #[error("{0} must be a positive, finite number")]
    NotPositive(&'static str),
    #[error("utilisation must be in (0, 1], got {0}")]
    Utilisation(f64),
}

fn positive(name: &'static str, v: f64) -> Result<f64, EstimateError> {
    if v.is_finite() && v > 0.0 { Ok(v) } else { Err(EstimateError::NotPositive(name)) }
}

/// `6 · N · D`: N parameters (active ones for a mixture of experts), D training tokens.
pub fn estimate_6nd(parameters: f64, tokens: f64) -> Result<TrainingCompute, EstimateError> {
    let n = positive("parameters", parameters)?;
    let d = positive("tokens", tokens)?;
    Ok(TrainingCompute {
        flop: 6.0 * n * d,
        method: ComputeMethod::OperationCounting,
        inputs: ComputeInputs { parameters: Some(n), tokens: Some(d), ..ComputeInputs::default() },
        provenance: format!("6 × {n:e} parameters × {d:e} tokens"),
        confidence: Confidence::Unknown,
        finetune_flop: None,
    })
}

/// `accelerator-hours × 3600 × peak FLOP/s × utilisation`.
pub fn estimate_hardware(
    accelerator_hours: f64,
    peak_flops: f64,
    utilisation: f64,
) -> Result<TrainingCompute, EstimateError> {
    let h = positive("accelerator_hours", accelerator_hours)?;
    let p = positive("peak_flops", peak_flops)?;
    if !(utilisation.is_finite() && utilisation > 0.0 && utilisation <= 1.0) {
        return Err(EstimateError::Utilisation(utilisation));
    }
    Ok(TrainingCompute {
        flop: h * 3600.0 * p * utilisation,
        method: ComputeMethod::Hardware,
        inputs: ComputeInputs {
            accelerator_hours: Some(h),
            peak_flops: Some(p),
            utilisation: Some(utilisation),
            ..ComputeInputs::default()
        },
        provenance: format!("{h:e} accelerator-hours × 3600 s × {p:e} FLOP/s × {utilisation} utilisation"),
        confidence: Confidence::Unknown,
        finetune_flop: None,
    })
}

/// Cumulative training compute along a lineage, oldest ancestor first: the base's own run
/// plus each descendant's fine-tuning, as the legal definitions count it (EU AI Act Art. 51(2)
/// "cumulative", CA SB 53 "plus subsequent fine-tuning"). Epoch AI states the total for a
/// derived model already (R1 = V3 + fine-tune), so a model whose own figure is known is not
/// added to its base again: the chain restarts at the latest full figure.
pub fn cumulative(chain: &[&TrainingCompute]) -> Option<f64> {
    let mut total: Option<f64> = None;
    for (i, c) in chain.iter().enumerate() {
        let is_derived = i > 0;
        total = match (is_derived, c.finetune_flop) {
            // A derived model known only by its fine-tuning compute: add it to the base.
            (true, Some(ft)) if c.flop <= ft => Some(total.unwrap_or(0.0) + ft),
            _ => Some(c.flop),
        };
    }
    total
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn close(a: f64, b: f64, rel: f64) -> bool {
        ((a - b) / b).abs() <= rel
    }

    // The worked numbers of shared/reference/models-evals-compute.md §6.5.
    #[test]
    fn six_n_d_matches_the_worked_examples() {
        assert!(close(estimate_6nd(405e9, 15.6e12).unwrap().flop, 3.79e25, 0.001)); // Llama 3.1 405B
        assert!(close(estimate_6nd(37e9, 14.8e12).unwrap().flop, 3.2856e24, 1e-9)); // DeepSeek-V3, active
        assert!(close(estimate_6nd(72.7e9, 18e12).unwrap().flop, 7.85e24, 0.001)); // Qwen2.5-72B
        assert!(close(estimate_6nd(17e9, 40e12).unwrap().flop, 4.08e24, 1e-9)); // Llama 4 Scout
        assert!(close(estimate_6nd(17e9, 22e12).unwrap().flop, 2.244e24, 1e-9)); // Llama 4 Maverick
        assert!(close(estimate_6nd(36e9, 12e12).unwrap().flop, 2.592e24, 1e-9)); // DBRX, 36B active
    }

    #[test]
    fn the_hardware_method_matches_the_worked_examples() {
        // Llama 3.1 405B: 30.84M H100-hours × 989.4 TFLOP/s × 0.40.
        assert!(close(estimate_hardware(30.84e6, 989.4e12, 0.40).unwrap().flop, 4.39e25, 0.001));
        // DeepSeek-V3 as Epoch AI computed it: 2.788M H800-hours × 1.513e15 × 0.3.
        assert!(close(estimate_hardware(2.788e6, 1.513e15, 0.3).unwrap().flop, 4.56e24, 0.001));
        // The same with the SXM FP8 peak: 5.96e24 (why the registry keeps the inputs).
        assert!(close(estimate_hardware(2.788e6, 1.979e15, 0.3).unwrap().flop, 5.96e24, 0.001));
        // BLOOM-176B: 384 A100 × 117 days × 314 TFLOP/s × 0.3.
        assert!(close(estimate_hardware(384.0 * 117.0 * 24.0, 314e12, 0.3).unwrap().flop, 3.66e23, 0.001));
    }

    #[test]
    fn bad_inputs_are_refused_by_name() {
        assert_eq!(estimate_6nd(0.0, 1e12), Err(EstimateError::NotPositive("parameters")));
        assert_eq!(estimate_6nd(1e9, f64::NAN), Err(EstimateError::NotPositive("tokens")));
        assert_eq!(estimate_hardware(1.0, 1.0, 1.5), Err(EstimateError::Utilisation(1.5)));
        assert_eq!(estimate_hardware(-1.0, 1.0, 0.5), Err(EstimateError::NotPositive("accelerator_hours")));
    }

    #[test]
    fn cumulative_compute_adds_fine_tuning_to_the_base() {
        let base = TrainingCompute {
            flop: 4.56e24,
            method: ComputeMethod::Hardware,
            inputs: ComputeInputs::default(),
            provenance: String::new(),
            confidence: Confidence::Confident,
            finetune_flop: None,
        };
        // Known only by its fine-tuning compute: base + fine-tune (DeepSeek-R1 = 5.17e24).
        let r1_ft_only = TrainingCompute { flop: 6.1e23, finetune_flop: Some(6.1e23), ..base.clone() };
        assert!(close(cumulative(&[&base, &r1_ft_only]).unwrap(), 5.17e24, 1e-9));
        // Epoch AI's total for R1 already includes the base: not added twice.
        let r1_total = TrainingCompute { flop: 5.17e24, finetune_flop: Some(6.1e23), ..base.clone() };
        assert!(close(cumulative(&[&base, &r1_total]).unwrap(), 5.17e24, 1e-9));
        assert_eq!(cumulative(&[]), None);
        assert_eq!(ComputeMethod::from_epoch("Hardware, Operation counting"), ComputeMethod::Hardware);
        assert_eq!(ComputeMethod::from_epoch("Benchmarks"), ComputeMethod::ThirdParty);
    }
}
