# The generated fluxlens_config.h (hotspot's config-header pattern) instead of a row of
# -DFLUXLENS_HAVE_* flags: every library made with fluxlens_core_library() links fluxlens_config,
# so every target that uses the engine finds the header.
set(FLUXLENS_GENERATED_DIR ${PROJECT_BINARY_DIR}/generated)
add_library(fluxlens_config INTERFACE)
target_include_directories(fluxlens_config INTERFACE ${FLUXLENS_GENERATED_DIR})

# fluxlens_write_config_header(): after core/ is added, when what was built is known.
function(fluxlens_write_config_header)
  set(FLUXLENS_TORCH_VERSION "")
  if(TORCH_FOUND)
    set(FLUXLENS_TORCH_VERSION "${Torch_VERSION}")
  endif()
  foreach(part ML:fluxlens_ml XGBOOST:fluxlens_xgboost_model EXPERIMENT:fluxlens_experiment
               UPSCALE:fluxlens_upscale)
    string(REPLACE ":" ";" pair ${part})
    list(GET pair 0 name)
    list(GET pair 1 target)
    set(FLUXLENS_HAVE_${name} OFF)
    if(TARGET ${target})
      set(FLUXLENS_HAVE_${name} ON)
    endif()
  endforeach()
  set(FLUXLENS_HAVE_LIBZIP ${LIBZIP_FOUND})
  set(FLUXLENS_HAVE_NETTLE ${NETTLE_FOUND})
  get_property(FLUXLENS_HAVE_MPI GLOBAL PROPERTY FLUXLENS_MPI_FOUND)
  if(NOT FLUXLENS_HAVE_MPI)
    set(FLUXLENS_HAVE_MPI OFF)
  endif()
  configure_file(${PROJECT_SOURCE_DIR}/cmake/fluxlens_config.h.in
                 ${FLUXLENS_GENERATED_DIR}/fluxlens_config.h @ONLY)
endfunction()
