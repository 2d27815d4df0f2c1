#pragma once

// `fluxlens-cli train --model xgboost` and `fluxlens-cli predict --model DIR` for an XGBoost
// model folder. cmd_train.cpp and cmd_predict.cpp dispatch here; without LibTorch (no
// cmd_train/cmd_predict), xgboost_commands.cpp registers train and predict itself for XGBoost.

#include "args.h"

#include <filesystem>

namespace fluxlens::cli {

// Train the XGBoost baseline from `args` (the train command's arguments, --model xgboost).
int trainXgboost(const Args& args);
// Store an XGBoost model's predictions (the predict command's arguments).
int predictXgboost(const Args& args, const std::filesystem::path& modelDir);
// True when `modelDir` holds an XGBoost model (model.json kind "xgboost"); false when XGBoost is
// not built in. Never throws.
bool isXgboostModelDir(const std::filesystem::path& modelDir);

} // namespace fluxlens::cli
