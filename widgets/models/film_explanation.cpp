#include "film_explanation.h"

#include <QObject>
#include <cmath>

namespace fluxlens {

QString filmExplanationHtml() {
    return QObject::tr(
        "<h3>What FiLM does</h3>"
        "<p>TAM-RL predicts a site's carbon fluxes with one shared network, the <b>decoder</b> (an "
        "LSTM that reads 45 days of weather and satellite data). What makes each site different "
        "is a short vector, the site's <b>task embedding</b>: a <b>task encoder</b> reads a few "
        "years of the site's drivers and summarises \"what kind of place this is\".</p>"
        "<p>A small generator network turns the embedding into <b>FiLM parameters</b> "
        "(feature-wise linear modulation): for every input feature a scale γ1 and a shift β1, "
        "and for every hidden unit of the decoder a scale γ2 and a shift β2. Each value x becomes "
        "<i>γ·x + β</i>. γ = 1 and β = 0 change nothing; the bars show how far each site's "
        "settings are from that.</p>"
        "<h3>Try this</h3>"
        "<ul>"
        "<li><b>Modulation scale</b> at 0 switches FiLM off: every site gets the same bare "
        "decoder. At 1 you see the model as trained; at 2 every γ and β is pushed twice as far "
        "from \"no change\". Watch the red curve move away from or towards the observations.</li>"
        "<li><b>Borrow an embedding</b>: choose site B and move the mix slider. Site A keeps its "
        "own weather but is told it is (partly) site B. If the prediction changes a lot, the "
        "embedding carries real information about the site.</li>"
        "<li><b>The map</b> places every site by its embedding (first two principal components). "
        "Colour it by climate or land cover: neighbours on the map are sites the encoder found "
        "alike. In the demo world you can colour by the hidden parameters the data were made "
        "with; a smooth colour gradient means the encoder rediscovered them from drivers alone."
        "</li></ul>");
}

QString filmSettingSummary(double scale, const QString& donorId, double mix) {
    QString text;
    if (std::abs(scale) < 1e-9)
        text = QObject::tr("Scale 0: FiLM is off, this is the bare decoder (the same for every "
                           "site).");
    else if (std::abs(scale - 1.0) < 1e-9)
        text = QObject::tr("Scale 1: the model as trained.");
    else if (scale < 1.0)
        text = QObject::tr("Scale %1: between the bare decoder and the model as trained.")
                   .arg(scale, 0, 'f', 2);
    else
        text = QObject::tr("Scale %1: modulation exaggerated beyond what was learned.")
                   .arg(scale, 0, 'f', 2);
    if (!donorId.isEmpty() && mix > 0.0)
        text +=
            QLatin1Char(' ') +
            QObject::tr("Embedding: %1 % from %2.").arg(int(std::lround(mix * 100))).arg(donorId);
    else
        text += QLatin1Char(' ') + QObject::tr("Embedding: the site's own.");
    return text;
}

} // namespace fluxlens
