#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fluxlens::ml {

enum class ModelKind {
    TamRl,   // task encoder + FiLM generator + LSTM decoder (Rozanov, Renganathan & Kumar 2026)
    CtLstm,  // LSTM with one-hot IGBP and Köppen statics
    TamLstm, // the TAM-RL decoder alone
};

std::string_view modelKindCode(ModelKind kind);    // "tamrl", "ctlstm", "tamlstm"
std::string_view defaultModelName(ModelKind kind); // "TAM-RL", "CT-LSTM", "TAMLSTM"
std::optional<ModelKind> parseModelKind(std::string_view code);

// Default input features (cache/variables.h names): MOD09GA bands b1-b7, NDVI/EVI/NIRv, ERA5-Land
// t2m, ssrd, vpd, tp and swvl1, and the
// day-of-year sine and cosine computed by the engine.
std::vector<std::string> defaultFeatures();

// The flux targets the engine can learn, in the order of its output heads.
std::vector<std::string> allTargets(); // {"GPP", "RECO", "NEE"}

// Every hyperparameter of the engine. JSON keys are the member names; a key left out keeps the
// default documented here. configToJson writes all of them.
struct MlConfig {
    std::vector<std::string> features = defaultFeatures();
    // Targets trained (a non-empty subset of GPP, RECO, NEE). Unselected targets get no loss;
    // L_flux applies only when all three are trained. Predictions of an untrained target are
    // derived from NEE = RECO - GPP when the other two are trained, NaN otherwise.
    std::vector<std::string> targets = allTargets();
    int window_days = 45; // length of one training/inference window
    int stride_days = 15; // step between consecutive windows

    // Decoder (shared by all kinds): an LSTM over the window, heads for GPP, RECO and NEE.
    int hidden = 64;
    int layers = 1;
    // Dropout on the decoder's (modulated) hidden states before the heads, in training only.
    double dropout = 0.0;
    // TAM-RL task encoder: a BiLSTM over support windows, mean over time, linear to an embedding.
    int encoder_hidden = 32;
    int embedding = 16;
    int generator_hidden = 64;        // MLP embedding -> (gamma1, beta1, gamma2, beta2)
    bool encoder_uses_fluxes = false; // false: drivers only (zero-shot); true: drivers + fluxes
    // The encoder also sees the site's one-hot IGBP and Köppen classes on every day, as the
    // authors' CarbonBench code does (still zero-shot: a grid cell has both from maps). false:
    // drivers only, as the paper's text describes. docs/science.md §7.2–7.3 measured the two.
    bool encoder_uses_classes = true;
    // Where TAM-RL's FiLM acts: "both" (gamma1/beta1 on the input and gamma2/beta2 on the hidden
    // states), "input" or "hidden" (the other pair is generated but not applied).
    std::string film_at = "both";

    // Training.
    int stage1_epochs = 10;      // decoder pre-training (TAM-RL), or all training (baselines)
    int stage2_epochs = 30;      // joint TAM-RL training with support/query sets per site
    int batch_windows = 32;      // windows per batch in stage 1 and for the baselines
    int sites_per_batch = 8;     // stage 2: sites (tasks) per batch
    int support_windows = 8;     // stage 2: support windows per site
    int query_windows = 8;       // stage 2: query windows per site
    double learning_rate = 1e-3; // Adam, stage 1 and baselines
    double stage2_learning_rate = 5e-4; // Adam, stage 2
    double flux_alpha = 0.1;            // weight of L_flux = mean((NEE - (RECO - GPP))^2)
    double grad_clip = 1.0;             // max gradient norm
    int patience = 5;                   // epochs without validation improvement before stopping
    // Model selection of TAM-RL's joint stage: "across_stages" also counts the pretrained decoder
    // with the generator as initialised (FiLM near identity) as a candidate, so a joint stage
    // that only makes the validation loss worse is undone; "per_stage" keeps the best joint
    // epoch even when it validates worse than the pretrained model (models saved before this
    // key existed were trained so).
    std::string early_stopping = "across_stages";
    double validation_fraction = 0.15; // share of training sites used for early stopping
    double qc_missing_weight = 1.0;    // QC weight where NEE_VUT_USTAR50_QC is missing
    int support_years = 2;             // first N calendar years of a site give its support windows
    int seeds = 1;                     // ensemble members
    std::uint64_t seed = 42;           // seed of member 0; member k uses seed + k
    std::string device = "auto";       // auto | cpu | cuda
    int threads = 1;                   // intra-op CPU threads (1 is fastest for these small LSTMs)
    int max_inference_support_windows = 64; // cap on windows averaged into a site embedding
    // Loss (training and validation) on the last N days of each window only, and predictions from
    // those days (the record's first window also gives its first window_days - N days); 0: every
    // day. CarbonBench uses N = stride_days.
    int loss_last_days = 0;

    friend bool operator==(const MlConfig&, const MlConfig&) = default;
};

// Throws std::invalid_argument naming `origin` and the offending key on bad JSON or bad values.
MlConfig configFromJson(const std::string& jsonText, const std::string& origin);
std::string configToJson(const MlConfig& config);
// Checks ranges; throws std::invalid_argument naming the key.
void validateConfig(const MlConfig& config);
// Which of GPP, RECO and NEE (head order) config.targets selects.
std::array<bool, 3> selectedTargets(const MlConfig& config);
// The weight of L_flux in training: flux_alpha when all three targets are trained, else 0 (the
// balance NEE = RECO - GPP constrains nothing when a head has no target of its own).
double fluxLossWeight(const MlConfig& config);

} // namespace fluxlens::ml
