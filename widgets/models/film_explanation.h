#pragma once

#include <QString>

namespace fluxlens {

// The FiLM lab's explanation panel: what a teacher can talk over, in plain words (HTML).
QString filmExplanationHtml();

// One sentence on what the current controls do, e.g. "Scale 0.50: halfway between the bare
// decoder and the model as trained. Embedding: 30 % from US-Ha1."
QString filmSettingSummary(double scale, const QString& donorId, double mix);

} // namespace fluxlens
