#include "ml/xgboost/xgb_handles.h"

#include "ml/model_error.h"

#include <cmath>
#include <limits>
#include <mutex>

namespace fluxlens::xgb::detail {

void check(int rc, const std::string& context) {
    if (rc == 0)
        return;
    const char* message = XGBGetLastError();
    std::string text = message ? message : "unknown XGBoost error";
    // XGBoost prefixes messages with a source location and may append a stack trace.
    if (const auto trace = text.find("Stack trace"); trace != std::string::npos)
        text.erase(trace);
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ' || text.back() == ':'))
        text.pop_back();
    throw ml::ModelError(context + ": " + text);
}

DMatrix::DMatrix(const float* data, std::size_t rows, std::size_t columns,
                 const std::string& context) {
    check(XGDMatrixCreateFromMat(data, rows, columns, std::numeric_limits<float>::quiet_NaN(),
                                 &m_handle),
          context);
}

DMatrix::~DMatrix() {
    if (m_handle)
        XGDMatrixFree(m_handle);
}

void DMatrix::setLabels(const float* labels, std::size_t count, const std::string& context) {
    check(XGDMatrixSetFloatInfo(m_handle, "label", labels, count), context);
}

void DMatrix::setWeights(const float* weights, std::size_t count, const std::string& context) {
    check(XGDMatrixSetFloatInfo(m_handle, "weight", weights, count), context);
}

Booster::~Booster() {
    if (m_handle)
        XGBoosterFree(m_handle);
}

void quietLibrary() {
    static std::once_flag once;
    std::call_once(once, [] { XGBSetGlobalConfig(R"({"verbosity": 0})"); });
}

} // namespace fluxlens::xgb::detail
