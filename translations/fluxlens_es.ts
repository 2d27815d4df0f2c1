<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>DemoBaselines</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Evaluating the models against the observations</source>
        <translation>Evaluando los modelos frente a las observaciones</translation>
    </message>
    <message>
        <source>Training the demo models (%1 of %2): %3…</source>
        <translation>Entrenando los modelos de demostración (%1 de %2): %3…</translation>
    </message>
    <message>
        <source>%1: this build was made without libxgboost</source>
        <translation>%1: esta compilación se hizo sin libxgboost</translation>
    </message>
</context>
<context>
    <name>DemoWorld</name>
    <message>
        <source>The demo world is already in %1</source>
        <translation>El mundo de demostración ya está en %1</translation>
    </message>
    <message>
        <source>Generating the synthetic demo world and importing it through the importers …</source>
        <translation>Generando el mundo de demostración sintético e importándolo con los importadores …</translation>
    </message>
    <message>
        <source>%1 sites, %2 files, %3 site-days: generated in %4 s, imported in %5 s</source>
        <translation>%1 sitios, %2 archivos, %3 días-sitio: generado en %4 s, importado en %5 s</translation>
    </message>
    <message>
        <source>Cancelled; the partial demo cache was removed</source>
        <translation>Cancelado; se eliminó la caché de demostración incompleta</translation>
    </message>
    <message>
        <source>Demo world</source>
        <translation>Mundo de demostración</translation>
    </message>
</context>
<context>
    <name>FigureExports</name>
    <message>
        <source>all days</source>
        <translation>todos los días</translation>
    </message>
    <message>
        <source>QC = 1 days</source>
        <translation>días con QC = 1</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>diario</translation>
    </message>
    <message>
        <source>8-day means</source>
        <translation>medias de 8 días</translation>
    </message>
    <message>
        <source>monthly means</source>
        <translation>medias mensuales</translation>
    </message>
    <message>
        <source>no metrics in the cache yet: evaluate the models first (Models ▸ Evaluate all models, or fluxlens-cli evaluate)</source>
        <translation>aún no hay métricas en la caché: evalúe primero los modelos (Modelos ▸ Evaluar todos los modelos, o fluxlens-cli evaluate)</translation>
    </message>
    <message>
        <source>no reference product with metrics in the cache to compare against</source>
        <translation>no hay en la caché ningún producto de referencia con métricas con el que comparar</translation>
    </message>
    <message>
        <source>no metrics of &apos;%1&apos;; the cache has metrics of: %2</source>
        <translation>no hay métricas de «%1»; la caché tiene métricas de: %2</translation>
    </message>
    <message>
        <source>no model with metrics in the cache yet: train and evaluate a model first</source>
        <translation>aún no hay ningún modelo con métricas en la caché: entrene y evalúe primero un modelo</translation>
    </message>
    <message>
        <source>no metrics of a model &apos;%1&apos;; the cache has metrics of: %2</source>
        <translation>no hay métricas de un modelo «%1»; la caché tiene métricas de: %2</translation>
    </message>
    <message>
        <source>no site chosen for the time series</source>
        <translation>no se eligió ningún sitio para la serie temporal</translation>
    </message>
    <message>
        <source>%1: no daily data in the cache</source>
        <translation>%1: no hay datos diarios en la caché</translation>
    </message>
    <message>
        <source>%1 %2 at %3</source>
        <translation>%1 %2 en %3</translation>
    </message>
    <message>
        <source>time series</source>
        <translation>serie temporal</translation>
    </message>
    <message>
        <source>Site %1; series: %2; period %3 to %4; metric: %5 %6 (%7)</source>
        <translation>Sitio %1; series: %2; periodo del %3 al %4; métrica: %5 %6 (%7)</translation>
    </message>
    <message>
        <source>no site has %1 metrics of both %2 and %3</source>
        <translation>ningún sitio tiene métricas de %1 tanto de %2 como de %3</translation>
    </message>
    <message>
        <source>%1 against %2 per site</source>
        <translation>%1 frente a %2 por sitio</translation>
    </message>
    <message>
        <source>Sites: %1 with metrics of both; model %2 against %3; period: each site&apos;s evaluated days (%4); metric: %5 RMSE (%6) and R²</source>
        <translation>Sitios: %1 con métricas de ambos; modelo %2 frente a %3; periodo: los días evaluados de cada sitio (%4); métrica: RMSE de %5 (%6) y R²</translation>
    </message>
    <message>
        <source>no site with %1 metrics of %2</source>
        <translation>ningún sitio con métricas de %1 de %2</translation>
    </message>
    <message>
        <source>IGBP</source>
        <translation>IGBP</translation>
    </message>
    <message>
        <source>Köppen</source>
        <translation>Köppen</translation>
    </message>
    <message>
        <source>Mean %1 RMSE by %2 class</source>
        <translation>RMSE medio de %1 por clase %2</translation>
    </message>
    <message>
        <source>Sites: all with metrics, by %1 class; models: %2; period: each site&apos;s evaluated days (%3); metric: mean %4 RMSE (%5) ± 1 sd across sites</source>
        <translation>Sitios: todos los que tienen métricas, por clase %1; modelos: %2; periodo: los días evaluados de cada sitio (%3); métrica: RMSE medio de %4 (%5) ± 1 DE entre sitios</translation>
    </message>
    <message>
        <source>no model other than %1 with metrics to compare</source>
        <translation>no hay otro modelo aparte de %1 con métricas para comparar</translation>
    </message>
    <message>
        <source>no IGBP class with %1 metrics of both %2 and %3</source>
        <translation>ninguna clase IGBP con métricas de %1 tanto de %2 como de %3</translation>
    </message>
    <message>
        <source>Relative %1 RMSE against %2 by IGBP class</source>
        <translation>RMSE relativo de %1 frente a %2 por clase IGBP</translation>
    </message>
    <message>
        <source>Sites: all with metrics of both, by IGBP class; models: %1 against %2; period: each site&apos;s evaluated days (%3); metric: relative %4 RMSE, (RMSE_ref − RMSE_model) / RMSE_ref</source>
        <translation>Sitios: todos los que tienen métricas de ambos, por clase IGBP; modelos: %1 frente a %2; periodo: los días evaluados de cada sitio (%3); métrica: RMSE relativo de %4, (RMSE_ref − RMSE_model) / RMSE_ref</translation>
    </message>
    <message>
        <source>(RMSE_ref − RMSE_model) / RMSE_ref, %1; blue: the model is better</source>
        <translation>(RMSE_ref − RMSE_model) / RMSE_ref, %1; azul: el modelo es mejor</translation>
    </message>
    <message>
        <source>Table 1: RMSE and R² averaged across sites</source>
        <translation>Tabla 1: RMSE y R² promediados entre sitios</translation>
    </message>
    <message>
        <source>Sites: %1 with metrics; models: %2; period: each site&apos;s evaluated days (all days and QC = 1 days); metric: mean GPP and NEE RMSE (%3) and R²</source>
        <translation>Sitios: %1 con métricas; modelos: %2; periodo: los días evaluados de cada sitio (todos los días y días con QC = 1); métrica: RMSE medio de GPP y NEE (%3) y R²</translation>
    </message>
    <message>
        <source>%1: Table 1 is written as .tex (LaTeX) or .csv</source>
        <translation>%1: la Tabla 1 se escribe como .tex (LaTeX) o .csv</translation>
    </message>
    <message>
        <source>%1: nothing to evaluate: no predictions or no flux observations at the sites with metrics</source>
        <translation>%1: nada que evaluar: no hay predicciones ni observaciones de flujo en los sitios con métricas</translation>
    </message>
    <message>
        <source>; sites scored: %1</source>
        <translation>; sitios evaluados: %1</translation>
    </message>
    <message>
        <source>Table 1: RMSE and R² averaged across held-out sites</source>
        <translation>Tabla 1: RMSE y R² promediados sobre los sitios reservados</translation>
    </message>
</context>
<context>
    <name>HeadlessExport</name>
    <message>
        <source>FluxLens map of flux towers</source>
        <translation>Mapa FluxLens de las torres de flujo</translation>
    </message>
    <message>
        <source>unknown figure &apos;%1&apos;; this build exports: %2</source>
        <translation>figura desconocida «%1»; esta compilación exporta: %2</translation>
    </message>
    <message>
        <source>--export needs --cache FILE and --out FILE</source>
        <translation>--export necesita --cache ARCHIVO y --out ARCHIVO</translation>
    </message>
    <message>
        <source>--export timeseries needs --site ID</source>
        <translation>--export timeseries necesita --site ID</translation>
    </message>
    <message>
        <source>%1: Table 1 is written as .png, .svg, .pdf, .tex or .csv</source>
        <translation>%1: la Tabla 1 se escribe como .png, .svg, .pdf, .tex o .csv</translation>
    </message>
    <message>
        <source>%1: the file must end in .png, .svg or .pdf</source>
        <translation>%1: el archivo debe terminar en .png, .svg o .pdf</translation>
    </message>
    <message>
        <source>%1: no such cache file</source>
        <translation>%1: no existe ese archivo de caché</translation>
    </message>
    <message>
        <source>%1: no site %2 in the cache</source>
        <translation>%1: no hay ningún sitio %2 en la caché</translation>
    </message>
    <message>
        <source>%1: --sites heldout: %2</source>
        <translation>%1: --sites heldout: %2</translation>
    </message>
    <message>
        <source>--sites expects &apos;all&apos; or &apos;heldout&apos;, got &apos;%1&apos;</source>
        <translation>--sites espera &apos;all&apos; o &apos;heldout&apos;, se recibió &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>KoppenSource</name>
    <message>
        <source>from the site&apos;s metadata</source>
        <translation>de los metadatos del sitio</translation>
    </message>
    <message>
        <source>from the Köppen–Geiger map at the site</source>
        <translation>del mapa de Köppen-Geiger en el sitio</translation>
    </message>
    <message>
        <source>derived from 20+ years of the site&apos;s climate</source>
        <translation>derivada de 20 o más años del clima del sitio</translation>
    </message>
</context>
<context>
    <name>MapColoring</name>
    <message>
        <source>Köppen–Geiger (Beck et al. 2018)</source>
        <translation>Köppen–Geiger (Beck et al. 2018)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>IGBP land cover</source>
        <translation>Cobertura del suelo IGBP</translation>
    </message>
</context>
<context>
    <name>MapFigure</name>
    <message>
        <source>Flux towers (%1 sites), %2, coloured by %3</source>
        <translation>Torres de flujo (%1 sitios), %2, coloreadas por %3</translation>
    </message>
    <message>
        <source>%1; over the map %2 (%3), %4</source>
        <translation>%1; sobre el mapa %2 (%3), %4</translation>
    </message>
</context>
<context>
    <name>MapMenus</name>
    <message>
        <source>Köppen–Geiger class</source>
        <translation>Clase de Köppen–Geiger</translation>
    </message>
    <message>
        <source>IGBP land cover</source>
        <translation>Cobertura del suelo IGBP</translation>
    </message>
</context>
<context>
    <name>MetricMapColoring</name>
    <message>
        <source>%1 RMSE of %2 vs %3 (%4)</source>
        <translation>RMSE de %1 de %2 frente a %3 (%4)</translation>
    </message>
    <message>
        <source>%1 has a lower RMSE than %2</source>
        <translation>%1 tiene un RMSE menor que %2</translation>
    </message>
    <message>
        <source>%1 has a higher RMSE than %2</source>
        <translation>%1 tiene un RMSE mayor que %2</translation>
    </message>
    <message>
        <source>equal RMSE</source>
        <translation>RMSE igual</translation>
    </message>
    <message>
        <source>no figure</source>
        <translation>sin valor</translation>
    </message>
    <message>
        <source>no metric for both at this site</source>
        <translation>no hay métrica de ambos en este sitio</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>&lt;h3&gt;What FiLM does&lt;/h3&gt;&lt;p&gt;TAM-RL predicts a site&apos;s carbon fluxes with one shared network, the &lt;b&gt;decoder&lt;/b&gt; (an LSTM that reads 45 days of weather and satellite data). What makes each site different is a short vector, the site&apos;s &lt;b&gt;task embedding&lt;/b&gt;: a &lt;b&gt;task encoder&lt;/b&gt; reads a few years of the site&apos;s drivers and summarises &quot;what kind of place this is&quot;.&lt;/p&gt;&lt;p&gt;A small generator network turns the embedding into &lt;b&gt;FiLM parameters&lt;/b&gt; (feature-wise linear modulation): for every input feature a scale γ1 and a shift β1, and for every hidden unit of the decoder a scale γ2 and a shift β2. Each value x becomes &lt;i&gt;γ·x + β&lt;/i&gt;. γ = 1 and β = 0 change nothing; the bars show how far each site&apos;s settings are from that.&lt;/p&gt;&lt;h3&gt;Try this&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Modulation scale&lt;/b&gt; at 0 switches FiLM off: every site gets the same bare decoder. At 1 you see the model as trained; at 2 every γ and β is pushed twice as far from &quot;no change&quot;. Watch the red curve move away from or towards the observations.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Borrow an embedding&lt;/b&gt;: choose site B and move the mix slider. Site A keeps its own weather but is told it is (partly) site B. If the prediction changes a lot, the embedding carries real information about the site.&lt;/li&gt;&lt;li&gt;&lt;b&gt;The map&lt;/b&gt; places every site by its embedding (first two principal components). Colour it by climate or land cover: neighbours on the map are sites the encoder found alike. In the demo world you can colour by the hidden parameters the data were made with; a smooth colour gradient means the encoder rediscovered them from drivers alone.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Qué hace FiLM&lt;/h3&gt;&lt;p&gt;TAM-RL predice los flujos de carbono de un sitio con una única red compartida, el &lt;b&gt;decodificador&lt;/b&gt; (una LSTM que lee 45 días de datos meteorológicos y de satélite). Lo que distingue a cada sitio es un vector corto, la &lt;b&gt;incrustación de tarea&lt;/b&gt; del sitio: un &lt;b&gt;codificador de tareas&lt;/b&gt; lee unos años de los forzantes del sitio y resume «qué clase de lugar es».&lt;/p&gt;&lt;p&gt;Una pequeña red generadora convierte la incrustación en &lt;b&gt;parámetros FiLM&lt;/b&gt; (modulación lineal por característica): para cada característica de entrada una escala γ1 y un desplazamiento β1, y para cada unidad oculta del decodificador una escala γ2 y un desplazamiento β2. Cada valor x se convierte en &lt;i&gt;γ·x + β&lt;/i&gt;. γ = 1 y β = 0 no cambian nada; las barras muestran cuánto se alejan de eso los ajustes de cada sitio.&lt;/p&gt;&lt;h3&gt;Pruebe esto&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Escala de modulación&lt;/b&gt; en 0 desactiva FiLM: todos los sitios reciben el mismo decodificador desnudo. En 1 ve el modelo tal como se entrenó; en 2 cada γ y β se aleja el doble de «sin cambio». Observe cómo la curva roja se aleja de las observaciones o se acerca a ellas.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Tomar prestada una incrustación&lt;/b&gt;: elija el sitio B y mueva el control de mezcla. El sitio A conserva su propia meteorología, pero se le dice que es (en parte) el sitio B. Si la predicción cambia mucho, la incrustación contiene información real sobre el sitio.&lt;/li&gt;&lt;li&gt;&lt;b&gt;El mapa&lt;/b&gt; sitúa cada sitio según su incrustación (las dos primeras componentes principales). Coloréelo por clima o cobertura del suelo: los vecinos en el mapa son sitios que el codificador considera parecidos. En el mundo de demostración puede colorear por los parámetros ocultos con los que se generaron los datos; un degradado de color suave significa que el codificador los redescubrió solo a partir de los forzantes.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Scale 0: FiLM is off, this is the bare decoder (the same for every site).</source>
        <translation>Escala 0: FiLM está desactivado; este es el decodificador desnudo (el mismo para todos los sitios).</translation>
    </message>
    <message>
        <source>Scale 1: the model as trained.</source>
        <translation>Escala 1: el modelo tal como se entrenó.</translation>
    </message>
    <message>
        <source>Scale %1: between the bare decoder and the model as trained.</source>
        <translation>Escala %1: entre el decodificador desnudo y el modelo tal como se entrenó.</translation>
    </message>
    <message>
        <source>Scale %1: modulation exaggerated beyond what was learned.</source>
        <translation>Escala %1: modulación exagerada más allá de lo aprendido.</translation>
    </message>
    <message>
        <source>Embedding: %1 % from %2.</source>
        <translation>Incrustación: %1 % de %2.</translation>
    </message>
    <message>
        <source>Embedding: the site&apos;s own.</source>
        <translation>Incrustación: la propia del sitio.</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>no se puede abrir: %1</translation>
    </message>
    <message>
        <source>no site_id column: not a demo hidden-parameter file</source>
        <translation>no hay columna site_id: no es un archivo de parámetros ocultos de demostración</translation>
    </message>
    <message>
        <source>%1 fields, the header has %2</source>
        <translation>%1 campos, la cabecera tiene %2</translation>
    </message>
    <message>
        <source>%1 is not a number: &quot;%2&quot;</source>
        <translation>%1 no es un número: «%2»</translation>
    </message>
    <message>
        <source>no sites</source>
        <translation>no hay sitios</translation>
    </message>
    <message>
        <source>%1 RMSE %2, R² %3</source>
        <translation>%1 RMSE %2, R² %3</translation>
    </message>
    <message>
        <source>No model folder given</source>
        <translation>No se indicó ninguna carpeta de modelo</translation>
    </message>
    <message>
        <source>Not a usable model: %1</source>
        <translation>No es un modelo utilizable: %1</translation>
    </message>
    <message>
        <source>%1: not a usable model: %2</source>
        <translation>%1: no es un modelo utilizable: %2</translation>
    </message>
    <message>
        <source>A model named &quot;%1&quot; is already registered (folder %2): delete it in the model library before loading %3</source>
        <translation>Ya hay un modelo llamado «%1» registrado (carpeta %2): elimínelo en la biblioteca de modelos antes de cargar %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>%1: no model named &quot;%2&quot;</source>
        <translation>%1: no hay ningún modelo llamado «%2»</translation>
    </message>
    <message>
        <source>Model &quot;%1&quot; has no folder: it cannot predict (load its folder)</source>
        <translation>El modelo «%1» no tiene carpeta: no puede predecir (cargue su carpeta)</translation>
    </message>
    <message>
        <source>Loading %1</source>
        <translation>Cargando %1</translation>
    </message>
    <message>
        <source>Cancelled: predictions stored for %1 of %2 sites</source>
        <translation>Cancelado: predicciones guardadas para %1 de %2 sitios</translation>
    </message>
    <message>
        <source>Predictions of &quot;%1&quot; stored for %2 sites</source>
        <translation>Predicciones de «%1» guardadas para %2 sitios</translation>
    </message>
    <message>
        <source>Reading observations and predictions</source>
        <translation>Leyendo observaciones y predicciones</translation>
    </message>
    <message>
        <source>Metrics stored for %1 site figures</source>
        <translation>Métricas guardadas para %1 valores de sitio</translation>
    </message>
    <message>
        <source>No model named &quot;%1&quot; in the cache</source>
        <translation>No hay ningún modelo llamado «%1» en la caché</translation>
    </message>
    <message>
        <source>%1 holds no model.json: its files were left alone</source>
        <translation>%1 no contiene model.json: sus archivos no se tocaron</translation>
    </message>
    <message>
        <source>Could not delete %1</source>
        <translation>No se pudo eliminar %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>%1 trained, %2 held out</source>
        <translation>%1 entrenados, %2 reservados</translation>
    </message>
    <message>
        <source>Give the model a name: its predictions are stored under it.</source>
        <translation>Dé un nombre al modelo: sus predicciones se guardan con ese nombre.</translation>
    </message>
    <message>
        <source>The model name must not start or end with spaces.</source>
        <translation>El nombre del modelo no debe empezar ni terminar con espacios.</translation>
    </message>
    <message>
        <source>A model named &quot;%1&quot; is already in the cache: choose another name or delete that model in the model library first.</source>
        <translation>Ya hay un modelo llamado «%1» en la caché: elija otro nombre o elimine antes ese modelo en la biblioteca de modelos.</translation>
    </message>
    <message>
        <source>Invalid hyperparameters: %1</source>
        <translation>Hiperparámetros no válidos: %1</translation>
    </message>
    <message>
        <source>Device &quot;cuda&quot; was chosen but this LibTorch build has no usable CUDA device: choose &quot;cpu&quot; or &quot;auto&quot;.</source>
        <translation>Se eligió el dispositivo «cuda», pero esta compilación de LibTorch no tiene ningún dispositivo CUDA utilizable: elija «cpu» o «auto».</translation>
    </message>
    <message>
        <source>Only TAM-RL has a task encoder: &quot;encoder sees fluxes&quot; needs model kind TAM-RL.</source>
        <translation>Solo TAM-RL tiene codificador de tareas: «el codificador ve los flujos» requiere el tipo de modelo TAM-RL.</translation>
    </message>
    <message>
        <source>%1 trains in stage 1 only: give it at least one stage 1 epoch.</source>
        <translation>%1 solo se entrena en la etapa 1: dele al menos una época de la etapa 1.</translation>
    </message>
    <message>
        <source>TAM-RL needs at least one joint (stage 2) epoch: with none its FiLM generator is never trained.</source>
        <translation>TAM-RL necesita al menos una época conjunta (etapa 2): sin ella su generador FiLM nunca se entrena.</translation>
    </message>
    <message>
        <source>The held-out share must lie between 0 and 0.8 so that sites are left to train on.</source>
        <translation>La fracción reservada debe estar entre 0 y 0,8 para que queden sitios con los que entrenar.</translation>
    </message>
    <message>
        <source>Held-out share plus validation share (%1) leave almost no training sites.</source>
        <translation>La fracción reservada más la de validación (%1) apenas dejan sitios de entrenamiento.</translation>
    </message>
    <message>
        <source>The held-out site list %1 does not exist.</source>
        <translation>La lista de sitios reservados %1 no existe.</translation>
    </message>
    <message>
        <source>Choose a folder for the model.</source>
        <translation>Elija una carpeta para el modelo.</translation>
    </message>
    <message>
        <source>The model folder %1 is a file.</source>
        <translation>La carpeta del modelo %1 es un archivo.</translation>
    </message>
    <message>
        <source>The model folder %1 holds other files: choose an empty folder.</source>
        <translation>La carpeta del modelo %1 contiene otros archivos: elija una carpeta vacía.</translation>
    </message>
    <message>
        <source>%1: site %2 is not in the cache and was ignored</source>
        <translation>%1: el sitio %2 no está en la caché y se ignoró</translation>
    </message>
    <message>
        <source>%1: no such cache file</source>
        <translation>%1: no existe ese archivo de caché</translation>
    </message>
    <message>
        <source>Reading the sites of %1</source>
        <translation>Leyendo los sitios de %1</translation>
    </message>
    <message>
        <source>%1 sites: %2 held out, never seen in training</source>
        <translation>%1 sitios: %2 reservados, nunca vistos en el entrenamiento</translation>
    </message>
    <message>
        <source>Cancelled: saving the best checkpoint so far</source>
        <translation>Cancelado: guardando el mejor punto de control hasta ahora</translation>
    </message>
    <message>
        <source>Model saved to %1</source>
        <translation>Modelo guardado en %1</translation>
    </message>
    <message>
        <source>Registered as &quot;%1&quot; in the cache</source>
        <translation>Registrado como «%1» en la caché</translation>
    </message>
    <message>
        <source>No predictions stored: use Predict in the model library.</source>
        <translation>No se guardaron predicciones: use «Predecir» en la biblioteca de modelos.</translation>
    </message>
    <message>
        <source>Predictions stored for %1 of %2 sites only: use Predict in the model library to complete them.</source>
        <translation>Predicciones guardadas solo para %1 de %2 sitios: use «Predecir» en la biblioteca de modelos para completarlas.</translation>
    </message>
    <message>
        <source>Predictions stored for %1 sites</source>
        <translation>Predicciones guardadas para %1 sitios</translation>
    </message>
    <message>
        <source>Choose at least one target (GPP, RECO or NEE) to train.</source>
        <translation>Elija al menos un objetivo (GPP, RECO o NEE) para entrenar.</translation>
    </message>
    <message>
        <source>No cache is open</source>
        <translation>No hay ninguna caché abierta</translation>
    </message>
    <message>
        <source>Compacting %1 (%2); this cannot be cancelled once started</source>
        <translation>Compactando %1 (%2); no se puede cancelar una vez iniciado</translation>
    </message>
    <message>
        <source>Compacted %1: %2 before, %3 after (%4 %)</source>
        <translation>%1 compactada: %2 antes, %3 después (%4 %)</translation>
    </message>
    <message>
        <source>XGBoost needs between 1 and 100000 boosting rounds.</source>
        <translation>XGBoost necesita entre 1 y 100000 rondas de boosting.</translation>
    </message>
    <message>
        <source>Left out for lack of the %1 drivers: %2</source>
        <translation>Omitidos por no tener los forzantes %1: %2</translation>
    </message>
    <message>
        <source>Features (%1): %2</source>
        <translation>Variables (%1): %2</translation>
    </message>
    <message>
        <source>%1: %2 site(s) with these drivers; training needs at least 3</source>
        <translation>%1: %2 sitio(s) con estos forzantes; el entrenamiento necesita al menos 3</translation>
    </message>
    <message>
        <source>%1 round %2/%3  validation RMSE %4  best round %5</source>
        <translation>%1 ronda %2/%3  RMSE de validación %4  mejor ronda %5</translation>
    </message>
    <message>
        <source>This FluxLens was built without XGBoost (libxgboost).</source>
        <translation>Este FluxLens se compiló sin XGBoost (libxgboost).</translation>
    </message>
    <message numerus="yes">
        <source> (%n site(s))</source>
        <translation>
            <numerusform> (%n sitio)</numerusform>
            <numerusform> (%n sitios)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RasterLayerMenu</name>
    <message>
        <source>Gridded files (*.nc *.nc4 *.h5 *.hdf5 *.zarr);;All files (*)</source>
        <translation>Archivos en malla (*.nc *.nc4 *.h5 *.hdf5 *.zarr);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open a gridded file (upscaled map, FLUXCOM-X-BASE, …)</source>
        <translation>Abrir un archivo en malla (mapa escalado, FLUXCOM-X-BASE, …)</translation>
    </message>
    <message>
        <source>Open &amp;raster layer…</source>
        <translation>Abrir capa &amp;ráster…</translation>
    </message>
    <message>
        <source>Product to subtract from the map (e.g. FLUXCOM-X-BASE)</source>
        <translation>Producto a restar del mapa (p. ej. FLUXCOM-X-BASE)</translation>
    </message>
    <message>
        <source>Raster layer: %1</source>
        <translation>Capa ráster: %1</translation>
    </message>
</context>
<context>
    <name>UpscaleFormChecks</name>
    <message>
        <source>Region: %1</source>
        <translation>Región: %1</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3 days: %4 M pixel-days</source>
        <translation>%1 × %2 píxeles, %3 días: %4 M píxel-días</translation>
    </message>
    <message>
        <source>Period: the first day must not be after the last</source>
        <translation>Periodo: el primer día no puede ser posterior al último</translation>
    </message>
    <message>
        <source>Model: choose a model from the library</source>
        <translation>Modelo: elija un modelo de la biblioteca</translation>
    </message>
    <message>
        <source>Model: its folder %1 is missing</source>
        <translation>Modelo: falta su carpeta %1</translation>
    </message>
    <message>
        <source>Drivers: choose a driver map (JSON)</source>
        <translation>Forzantes: elija un mapa de forzantes (JSON)</translation>
    </message>
    <message>
        <source>Drivers: %1</source>
        <translation>Forzantes: %1</translation>
    </message>
    <message>
        <source>Output: a NetCDF file name ending in .nc</source>
        <translation>Salida: un nombre de archivo NetCDF terminado en .nc</translation>
    </message>
    <message>
        <source>Output: the folder %1 does not exist</source>
        <translation>Salida: la carpeta %1 no existe</translation>
    </message>
    <message>
        <source>Output: the folder %1 is not writable</source>
        <translation>Salida: la carpeta %1 no admite escritura</translation>
    </message>
    <message>
        <source>Tile size and threads must be at least 1</source>
        <translation>El tamaño de tesela y los hilos deben ser al menos 1</translation>
    </message>
</context>
<context>
    <name>UpscaleMenu</name>
    <message>
        <source>Show on the map</source>
        <translation>Mostrar en el mapa</translation>
    </message>
    <message>
        <source>Upscaled map written to %1: %2</source>
        <translation>Mapa escalado escrito en %1: %2</translation>
    </message>
    <message>
        <source>Upscaling to %1 cancelled; the finished tiles are kept and the same run resumes from them</source>
        <translation>Escalado a %1 cancelado; las teselas terminadas se conservan y la misma ejecución continúa desde ellas</translation>
    </message>
    <message>
        <source>Upscaling failed: %1</source>
        <translation>El escalado falló: %1</translation>
    </message>
    <message>
        <source>&amp;Upscale to a map…</source>
        <translation>&amp;Escalar a un mapa…</translation>
    </message>
    <message>
        <source>This build has no upscaling engine (fluxlens_upscale)</source>
        <translation>Esta compilación no incluye el motor de escalado (fluxlens_upscale)</translation>
    </message>
</context>
<context>
    <name>UpscaleRunner</name>
    <message>
        <source>Upscale</source>
        <translation>Escalar</translation>
    </message>
    <message>
        <source>%1 land pixels, %2 M pixel-days in %3 s (%4 tiles computed, %5 resumed; memory bound %6 MiB)</source>
        <translation>%1 píxeles de tierra, %2 M píxel-días en %3 s (%4 teselas calculadas, %5 reanudadas; límite de memoria %6 MiB)</translation>
    </message>
</context>
<context>
    <name>ViewExport</name>
    <message>
        <source> and %1</source>
        <translation> y %1</translation>
    </message>
    <message>
        <source>%1 written to %2</source>
        <translation>%1 escrito en %2</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exportar %1</translation>
    </message>
    <message>
        <source>Export Table 1</source>
        <translation>Exportar la Tabla 1</translation>
    </message>
    <message>
        <source>LaTeX table (*.tex);;CSV table (*.csv)</source>
        <translation>Tabla LaTeX (*.tex);;Tabla CSV (*.csv)</translation>
    </message>
    <message>
        <source>Table 1 written to %1</source>
        <translation>Tabla 1 escrita en %1</translation>
    </message>
    <message>
        <source>Export of Table 1</source>
        <translation>Exportación de la Tabla 1</translation>
    </message>
    <message>
        <source>Evaluating the models for %1</source>
        <translation>Evaluando los modelos para %1</translation>
    </message>
</context>
<context>
    <name>fluxlens::AboutDialog</name>
    <message>
        <source>About FluxLens</source>
        <translation>Acerca de FluxLens</translation>
    </message>
    <message>
        <source>&lt;h2&gt;FluxLens %1&lt;/h2&gt;&lt;p&gt;Carbon-flux upscaling with task-aware modulation (TAM-RL): explore flux towers, train and compare models, export figures.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;FluxLens %1&lt;/h2&gt;&lt;p&gt;Escalado de flujos de carbono con modulación consciente de la tarea (TAM-RL): explore torres de flujo, entrene y compare modelos, exporte figuras.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not built in</source>
        <translation>no incluido</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Libraries&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Bibliotecas&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Data shown&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Coastlines&lt;/b&gt;: GSHHG (Wessel &amp;amp; Smith), GNU LGPL, as packaged by Debian&apos;s python-cartopy-data; or the land layer you chose.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Köppen–Geiger map, palette and rules&lt;/b&gt;: Beck et al. (2018), Sci. Data 5:180214, CC BY 4.0; the present-day map at 0.083° ships with FluxLens.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Flux-tower data&lt;/b&gt; you import keep their own licences: FLUXNET2015, AmeriFlux FLUXNET and ICOS data are CC BY 4.0 — cite each site&apos;s PI and DOI.&lt;/li&gt;&lt;li&gt;&lt;b&gt;The demo world&lt;/b&gt; is synthetic, generated on this computer: its sites (IDs ZZ-…) are not real towers.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Datos mostrados&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Costas&lt;/b&gt;: GSHHG (Wessel &amp;amp; Smith), GNU LGPL, según el paquete python-cartopy-data de Debian; o la capa de tierra que haya elegido.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Mapa, paleta y reglas de Köppen–Geiger&lt;/b&gt;: Beck et al. (2018), Sci. Data 5:180214, CC BY 4.0; el mapa actual a 0,083° se incluye con FluxLens.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Los datos de torres de flujo&lt;/b&gt; que importe conservan sus propias licencias: los datos de FLUXNET2015, AmeriFlux FLUXNET e ICOS son CC BY 4.0 — cite al IP y el DOI de cada sitio.&lt;/li&gt;&lt;li&gt;&lt;b&gt;El mundo de demostración&lt;/b&gt; es sintético y se genera en este ordenador: sus sitios (ID ZZ-…) no son torres reales.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>fluxlens::AnalysisDocks</name>
    <message>
        <source>RMSE improvement over the reference</source>
        <translation>Mejora del RMSE respecto a la referencia</translation>
    </message>
    <message>
        <source>Time series</source>
        <translation>Serie temporal</translation>
    </message>
    <message>
        <source>Site metrics</source>
        <translation>Métricas por sitio</translation>
    </message>
    <message>
        <source>Per-site scatter</source>
        <translation>Dispersión por sitio</translation>
    </message>
    <message>
        <source>Class bars</source>
        <translation>Barras por clase</translation>
    </message>
    <message>
        <source>Relative RMSE</source>
        <translation>RMSE relativo</translation>
    </message>
    <message>
        <source>Table 1</source>
        <translation>Tabla 1</translation>
    </message>
    <message>
        <source>Model library</source>
        <translation>Biblioteca de modelos</translation>
    </message>
    <message>
        <source>FiLM lab</source>
        <translation>Laboratorio FiLM</translation>
    </message>
    <message>
        <source>&amp;Train a model…</source>
        <translation>&amp;Entrenar un modelo…</translation>
    </message>
    <message>
        <source>&amp;Evaluate all models</source>
        <translation>E&amp;valuar todos los modelos</translation>
    </message>
    <message>
        <source>Training needs LibTorch</source>
        <translation>El entrenamiento necesita LibTorch</translation>
    </message>
    <message>
        <source>This build was made without LibTorch: rebuild with libtorch-dev installed</source>
        <translation>Esta compilación se hizo sin LibTorch: vuelva a compilar con libtorch-dev instalado</translation>
    </message>
    <message>
        <source>No metrics of a model and a reference product yet: train and evaluate models first (Models menu)</source>
        <translation>Aún no hay métricas de un modelo y un producto de referencia: entrene y evalúe modelos primero (menú Modelos)</translation>
    </message>
    <message>
        <source>Towers coloured by the GPP RMSE improvement of %1 over %2</source>
        <translation>Torres coloreadas por la mejora del RMSE de GPP de %1 respecto a %2</translation>
    </message>
    <message>
        <source>&amp;Time series…</source>
        <translation>&amp;Serie temporal…</translation>
    </message>
    <message>
        <source>time series</source>
        <translation>serie temporal</translation>
    </message>
    <message>
        <source>Per-site &amp;scatter…</source>
        <translation>&amp;Dispersión por sitio…</translation>
    </message>
    <message>
        <source>scatter</source>
        <translation>dispersión</translation>
    </message>
    <message>
        <source>&amp;Class bars…</source>
        <translation>Barras por &amp;clase…</translation>
    </message>
    <message>
        <source>class bars</source>
        <translation>barras por clase</translation>
    </message>
    <message>
        <source>Relative RMSE &amp;heatmap…</source>
        <translation>Mapa de &amp;calor del RMSE relativo…</translation>
    </message>
    <message>
        <source>heatmap</source>
        <translation>mapa de calor</translation>
    </message>
    <message>
        <source>Table &amp;1 (LaTeX, CSV)…</source>
        <translation>Tabla &amp;1 (LaTeX, CSV)…</translation>
    </message>
    <message>
        <source>Table 1 as a &amp;figure…</source>
        <translation>Tabla 1 como &amp;figura…</translation>
    </message>
    <message>
        <source>Select a site first: the time series shows the current site</source>
        <translation>Seleccione primero un sitio: la serie temporal muestra el sitio actual</translation>
    </message>
    <message>
        <source>Run the paper&apos;s e&amp;xperiment…</source>
        <translation>Ejecutar el e&amp;xperimento del artículo…</translation>
    </message>
    <message>
        <source>Open a cache first</source>
        <translation>Abra primero una caché</translation>
    </message>
    <message>
        <source>&amp;FiLM lab</source>
        <translation>Laboratorio &amp;FiLM</translation>
    </message>
    <message>
        <source>Open a cache first: models are trained on its sites</source>
        <translation>Abra primero una caché: los modelos se entrenan con sus sitios</translation>
    </message>
</context>
<context>
    <name>fluxlens::BackgroundJob</name>
    <message>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
</context>
<context>
    <name>fluxlens::CacheSession</name>
    <message>
        <source>No cache is open</source>
        <translation>No hay ninguna caché abierta</translation>
    </message>
    <message>
        <source>sites or imported data</source>
        <translation>sitios o datos importados</translation>
    </message>
    <message>
        <source>models</source>
        <translation>modelos</translation>
    </message>
    <message>
        <source>predictions</source>
        <translation>predicciones</translation>
    </message>
    <message>
        <source>metrics</source>
        <translation>métricas</translation>
    </message>
</context>
<context>
    <name>fluxlens::ClassBarsChart</name>
    <message>
        <source>Mean %1 RMSE by %2 class (%3)</source>
        <translation>RMSE medio de %1 por clase %2 (%3)</translation>
    </message>
    <message>
        <source>IGBP</source>
        <translation>IGBP</translation>
    </message>
    <message>
        <source>Köppen</source>
        <translation>Köppen</translation>
    </message>
    <message>
        <source>RMSE (%1)</source>
        <translation>RMSE (%1)</translation>
    </message>
</context>
<context>
    <name>fluxlens::ClassBarsView</name>
    <message>
        <source>IGBP</source>
        <translation>IGBP</translation>
    </message>
    <message>
        <source>Köppen</source>
        <translation>Köppen</translation>
    </message>
    <message>
        <source>Classes:</source>
        <translation>Clases:</translation>
    </message>
    <message>
        <source>Error bars: ±1 standard deviation across the sites of a class (classes with more than one site)</source>
        <translation>Barras de error: ±1 desviación típica entre los sitios de una clase (clases con más de un sitio)</translation>
    </message>
</context>
<context>
    <name>fluxlens::CompareData</name>
    <message>
        <source>No model in this cache records its held-out sites: train with a held-out split (Models ▸ Train a model…, or fluxlens-cli train --holdout-fraction) to score sites the models never saw</source>
        <translation>Ningún modelo de esta caché registra sus sitios reservados: entrene con una partición reservada (Modelos ▸ Entrenar un modelo…, o fluxlens-cli train --holdout-fraction) para evaluar sitios que los modelos nunca vieron</translation>
    </message>
    <message>
        <source>The held-out sites of %1 have no site in common</source>
        <translation>Los sitios reservados de %1 no tienen ningún sitio en común</translation>
    </message>
    <message>
        <source>all sites</source>
        <translation>todos los sitios</translation>
    </message>
    <message numerus="yes">
        <source>held-out sites only (%n)</source>
        <translation>
            <numerusform>solo sitios reservados (%n)</numerusform>
            <numerusform>solo sitios reservados (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fluxlens::DemoController</name>
    <message>
        <source>Demo world</source>
        <translation>Mundo de demostración</translation>
    </message>
    <message>
        <source>Demo models</source>
        <translation>Modelos de demostración</translation>
    </message>
    <message>
        <source>The demo world could not be prepared: %1</source>
        <translation>No se pudo preparar el mundo de demostración: %1</translation>
    </message>
    <message>
        <source>Demo world cancelled; nothing of it was kept</source>
        <translation>Mundo de demostración cancelado; no se conservó nada</translation>
    </message>
    <message>
        <source>Demo models ready: see Table 1</source>
        <translation>Modelos de demostración listos: vea la Tabla 1</translation>
    </message>
    <message>
        <source>Training the demo models failed: %1</source>
        <translation>Falló el entrenamiento de los modelos de demostración: %1</translation>
    </message>
    <message>
        <source>The demo world is still being prepared</source>
        <translation>El mundo de demostración aún se está preparando</translation>
    </message>
</context>
<context>
    <name>fluxlens::EmbeddingMapView</name>
    <message>
        <source>Each point is one site&apos;s task embedding, projected on its two principal components. Sites the encoder finds alike sit close together. Click a point to select that site.</source>
        <translation>Cada punto es la incrustación de tarea de un sitio, proyectada sobre sus dos componentes principales. Los sitios que el codificador considera parecidos quedan cerca. Haga clic en un punto para seleccionar ese sitio.</translation>
    </message>
    <message>
        <source>Load a TAM-RL model to see the sites&apos; task embeddings.</source>
        <translation>Cargue un modelo TAM-RL para ver las incrustaciones de tarea de los sitios.</translation>
    </message>
</context>
<context>
    <name>fluxlens::ExperimentDialog</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ejecutar</translation>
    </message>
    <message>
        <source>&amp;Open the report</source>
        <translation>&amp;Abrir el informe</translation>
    </message>
    <message>
        <source>The paper&apos;s experiment</source>
        <translation>El experimento del artículo</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Members of each network ensemble (the paper uses 10)</source>
        <translation>Miembros de cada conjunto de redes (el artículo usa 10)</translation>
    </message>
    <message>
        <source>Share of sites held out, stratified by Köppen and IGBP class (the paper: 164 of 579 sites)</source>
        <translation>Proporción de sitios reservados, estratificada por clase de Köppen e IGBP (el artículo: 164 de 579 sitios)</translation>
    </message>
    <message>
        <source>Report folder:</source>
        <translation>Carpeta del informe:</translation>
    </message>
    <message>
        <source>Seeds:</source>
        <translation>Semillas:</translation>
    </message>
    <message>
        <source>Held-out share:</source>
        <translation>Proporción reservada:</translation>
    </message>
    <message>
        <source>Models:</source>
        <translation>Modelos:</translation>
    </message>
    <message>
        <source>CPU threads:</source>
        <translation>Hilos de CPU:</translation>
    </message>
    <message>
        <source>Trains the networks as seed ensembles and XGBoost on all but the held-out sites, then scores them and every reference product on the held-out sites (Table 1, figures, per-site metrics, the seeds&apos; spread). Running it again into the same folder keeps the finished members.</source>
        <translation>Entrena las redes como conjuntos de semillas y XGBoost en todos los sitios no reservados y luego los evalúa, junto con cada producto de referencia, en los sitios reservados (Tabla 1, figuras, métricas por sitio, dispersión entre semillas). Ejecutarlo de nuevo en la misma carpeta conserva los miembros terminados.</translation>
    </message>
    <message>
        <source>Report folder</source>
        <translation>Carpeta del informe</translation>
    </message>
    <message>
        <source>The experiment failed: %1</source>
        <translation>El experimento falló: %1</translation>
    </message>
    <message>
        <source>Cancelled; running it again into this folder keeps the finished members.</source>
        <translation>Cancelado; ejecutarlo de nuevo en esta carpeta conserva los miembros terminados.</translation>
    </message>
    <message>
        <source>Seed of the held-out split: another seed holds out other sites</source>
        <translation>Semilla de la partición: otra semilla reserva otros sitios</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Train on only this many of the sites not held out, drawn stratified by Köppen and IGBP class (learning curves); the held-out sites stay the same</source>
        <translation>Entrenar solo con este número de sitios no reservados, elegidos estratificados por clase Köppen e IGBP (curvas de aprendizaje); los sitios reservados no cambian</translation>
    </message>
    <message>
        <source>Split seed:</source>
        <translation>Semilla de la partición:</translation>
    </message>
    <message>
        <source>Training sites:</source>
        <translation>Sitios de entrenamiento:</translation>
    </message>
</context>
<context>
    <name>fluxlens::ExportDialog</name>
    <message>
        <source>Also write the plotted data as CSV</source>
        <translation>Escribir también los datos representados como CSV</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exportar %1</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Single column (89 mm)</source>
        <translation>Una columna (89 mm)</translation>
    </message>
    <message>
        <source>Double column (183 mm)</source>
        <translation>Dos columnas (183 mm)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> ppp</translation>
    </message>
    <message>
        <source>Resolution of PNG files; SVG and PDF are vector and ignore it</source>
        <translation>Resolución de los archivos PNG; SVG y PDF son vectoriales y la ignoran</translation>
    </message>
    <message>
        <source>%1 pt</source>
        <translation>%1 pt</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Ancho:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Alto:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Resolución:</translation>
    </message>
    <message>
        <source>Font size:</source>
        <translation>Tamaño de letra:</translation>
    </message>
    <message>
        <source>Choose a file ending in .png, .svg or .pdf.</source>
        <translation>Elija un archivo que termine en .png, .svg o .pdf.</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG vector (*.svg);;PDF vector (*.pdf)</source>
        <translation>Imagen PNG (*.png);;Vectorial SVG (*.svg);;Vectorial PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>fluxlens::FilmBarChart</name>
    <message>
        <source>γ (scale)</source>
        <translation>γ (escala)</translation>
    </message>
    <message>
        <source>β (shift)</source>
        <translation>β (desplazamiento)</translation>
    </message>
</context>
<context>
    <name>fluxlens::FilmEmbeddingPanel</name>
    <message>
        <source>Köppen class</source>
        <translation>Clase de Köppen</translation>
    </message>
    <message>
        <source>IGBP class</source>
        <translation>Clase IGBP</translation>
    </message>
    <message>
        <source>Colour the embedding map by climate, land cover or (demo world) a hidden site parameter.</source>
        <translation>Colorear el mapa de incrustaciones por clima, cobertura del suelo o (mundo de demostración) un parámetro oculto del sitio.</translation>
    </message>
    <message>
        <source>Hidden parameters…</source>
        <translation>Parámetros ocultos…</translation>
    </message>
    <message>
        <source>Demo world: read demo_hidden_parameters.csv to colour the map by the parameters the data were generated with.</source>
        <translation>Mundo de demostración: leer demo_hidden_parameters.csv para colorear el mapa por los parámetros con los que se generaron los datos.</translation>
    </message>
    <message>
        <source>Task embeddings (PCA), colour by</source>
        <translation>Incrustaciones de tarea (PCA), colorear por</translation>
    </message>
    <message>
        <source>Demo hidden parameters</source>
        <translation>Parámetros ocultos de demostración</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>PC1 (%1 % of variance)</source>
        <translation>CP1 (%1 % de la varianza)</translation>
    </message>
    <message>
        <source>PC2 (%1 %)</source>
        <translation>CP2 (%1 %)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>hidden: %1</source>
        <translation>oculto: %1</translation>
    </message>
</context>
<context>
    <name>fluxlens::FilmLabWidget</name>
    <message>
        <source>The TAM-RL models registered in the cache.</source>
        <translation>Los modelos TAM-RL registrados en la caché.</translation>
    </message>
    <message>
        <source>member </source>
        <translation>miembro </translation>
    </message>
    <message>
        <source>Ensemble member whose FiLM parameters the bars show (the prediction is the ensemble mean).</source>
        <translation>Miembro del conjunto cuyos parámetros FiLM muestran las barras (la predicción es la media del conjunto).</translation>
    </message>
    <message>
        <source>Time to compute the FiLM parameters and the prediction for one change of the controls.</source>
        <translation>Tiempo para calcular los parámetros FiLM y la predicción tras un cambio de los controles.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>FiLM on the decoder input: γ1, β1 per input feature</source>
        <translation>FiLM en la entrada del decodificador: γ1, β1 por característica de entrada</translation>
    </message>
    <message>
        <source>FiLM on the decoder&apos;s hidden state: γ2, β2 per hidden unit</source>
        <translation>FiLM en el estado oculto del decodificador: γ2, β2 por unidad oculta</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Controles</translation>
    </message>
    <message>
        <source>no site selected</source>
        <translation>ningún sitio seleccionado</translation>
    </message>
    <message>
        <source>Select a site on the map, in the site list or in the embedding map below.</source>
        <translation>Seleccione un sitio en el mapa, en la lista de sitios o en el mapa de incrustaciones de abajo.</translation>
    </message>
    <message>
        <source>Site (A)</source>
        <translation>Sitio (A)</translation>
    </message>
    <message>
        <source>0: no modulation (bare decoder); 1: as learned; 2: exaggerated.</source>
        <translation>0: sin modulación (decodificador desnudo); 1: como se aprendió; 2: exagerada.</translation>
    </message>
    <message>
        <source>Modulation scale</source>
        <translation>Escala de modulación</translation>
    </message>
    <message>
        <source>Site B whose task embedding site A borrows.</source>
        <translation>Sitio B cuya incrustación de tarea toma prestada el sitio A.</translation>
    </message>
    <message>
        <source>Embedding from (B)</source>
        <translation>Incrustación de (B)</translation>
    </message>
    <message>
        <source>0: A&apos;s own embedding; 1: B&apos;s embedding; between: a blend.</source>
        <translation>0: la incrustación propia de A; 1: la incrustación de B; entre ambos: una mezcla.</translation>
    </message>
    <message>
        <source>Mix A ↔ B</source>
        <translation>Mezcla A ↔ B</translation>
    </message>
    <message>
        <source>last year</source>
        <translation>último año</translation>
    </message>
    <message>
        <source>last 3 years</source>
        <translation>últimos 3 años</translation>
    </message>
    <message>
        <source>whole record</source>
        <translation>registro completo</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Scale 1, own embedding.</source>
        <translation>Escala 1, incrustación propia.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>no TAM-RL model in the cache: train or load one</source>
        <translation>no hay ningún modelo TAM-RL en la caché: entrene o cargue uno</translation>
    </message>
    <message>
        <source>No TAM-RL model named &quot;%1&quot; in the cache</source>
        <translation>No hay ningún modelo TAM-RL llamado «%1» en la caché</translation>
    </message>
    <message>
        <source>Loading %1 and every site&apos;s inputs…</source>
        <translation>Cargando %1 y las entradas de cada sitio…</translation>
    </message>
    <message>
        <source>%1 sites</source>
        <translation>%1 sitios</translation>
    </message>
    <message>
        <source>none (own embedding)</source>
        <translation>ninguno (incrustación propia)</translation>
    </message>
    <message>
        <source>Site %1 has none of the drivers this model needs in the cache.</source>
        <translation>El sitio %1 no tiene en la caché ninguno de los forzantes que necesita este modelo.</translation>
    </message>
    <message>
        <source>scale %1</source>
        <translation>escala %1</translation>
    </message>
    <message>
        <source>, %1 % of %2&apos;s embedding</source>
        <translation>, %1 % de la incrustación de %2</translation>
    </message>
    <message>
        <source>%1 sites · computed in %2 ms, drawn in %3 ms</source>
        <translation>%1 sitios · calculado en %2 ms, dibujado en %3 ms</translation>
    </message>
</context>
<context>
    <name>fluxlens::FilmSeriesChart</name>
    <message>
        <source>observed</source>
        <translation>observado</translation>
    </message>
    <message>
        <source>as learned (scale 1)</source>
        <translation>como se aprendió (escala 1)</translation>
    </message>
    <message>
        <source>%1 (gC m⁻² d⁻¹)</source>
        <translation>%1 (gC m⁻² d⁻¹)</translation>
    </message>
</context>
<context>
    <name>fluxlens::ImportDialog</name>
    <message numerus="yes">
        <source>imported   %1 (%2): %n site(s), %3 rows</source>
        <translation>
            <numerusform>importado    %1 (%2): %n sitio, %3 filas</numerusform>
            <numerusform>importado    %1 (%2): %n sitios, %3 filas</numerusform>
        </translation>
    </message>
    <message>
        <source>unchanged  %1: the same file is already in the cache</source>
        <translation>sin cambios  %1: el mismo archivo ya está en la caché</translation>
    </message>
    <message>
        <source>cancelled  %1: rolled back, nothing of it was stored</source>
        <translation>cancelado    %1: revertido, no se guardó nada de él</translation>
    </message>
    <message>
        <source>FAILED     %1: %2</source>
        <translation>FALLÓ        %1: %2</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Import into %1</source>
        <translation>Importar en %1</translation>
    </message>
    <message>
        <source>Import stopped: %1</source>
        <translation>Importación detenida: %1</translation>
    </message>
    <message>
        <source>Importing into %1 …</source>
        <translation>Importando en %1 …</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) to import</source>
        <translation>
            <numerusform>%n archivo por importar</numerusform>
            <numerusform>%n archivos por importar</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling: the file in progress is rolled back …</source>
        <translation>Cancelando: se revierte el archivo en curso …</translation>
    </message>
    <message numerus="yes">
        <source>
%n warning(s):</source>
        <translation>
            <numerusform>
%n advertencia:</numerusform>
            <numerusform>
%n advertencias:</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. </source>
        <translation>Cancelado. </translation>
    </message>
    <message>
        <source>Done. </source>
        <translation>Hecho. </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>skipped    %1: %2</source>
        <translation>omitido      %1: %2</translation>
    </message>
    <message>
        <source>%1 imported, %2 unchanged, %3 failed, %4 skipped.</source>
        <translation>%1 importados, %2 sin cambios, %3 fallidos, %4 omitidos.</translation>
    </message>
    <message>
        <source>           %1: Köppen %2, %3</source>
        <translation>           %1: Köppen %2, %3</translation>
    </message>
</context>
<context>
    <name>fluxlens::ImportLogWidget</name>
    <message>
        <source>Imported (UTC)</source>
        <translation>Importado (UTC)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>Importador</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>replaced by a newer version</source>
        <translation>sustituido por una versión más reciente</translation>
    </message>
    <message>
        <source>current</source>
        <translation>actual</translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n advertencia</numerusform>
            <numerusform>, %n advertencias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fluxlens::JobsIndicator</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>Cancelar %1</translation>
    </message>
    <message>
        <source>%1: cancelling …</source>
        <translation>%1: cancelando …</translation>
    </message>
    <message>
        <source>%1: finished</source>
        <translation>%1: terminado</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: cancelado</translation>
    </message>
</context>
<context>
    <name>fluxlens::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Applies when FluxLens is next started</source>
        <translation>Se aplica la próxima vez que se inicie FluxLens</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The new language applies when FluxLens is next started.</source>
        <translation>El nuevo idioma se aplica la próxima vez que se inicie FluxLens.</translation>
    </message>
</context>
<context>
    <name>fluxlens::MainWindow</name>
    <message>
        <source>FluxLens</source>
        <translation>FluxLens</translation>
    </message>
    <message>
        <source>Basemap: %1</source>
        <translation>Mapa base: %1</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sitios</translation>
    </message>
    <message>
        <source>Site details</source>
        <translation>Detalles del sitio</translation>
    </message>
    <message>
        <source>Import log</source>
        <translation>Registro de importación</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New cache…</source>
        <translation>&amp;Nueva caché…</translation>
    </message>
    <message>
        <source>&amp;Open cache…</source>
        <translation>A&amp;brir caché…</translation>
    </message>
    <message>
        <source>Open the &amp;demo world</source>
        <translation>Abrir el mundo de &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Importar archivos…</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>Importar &amp;carpeta…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Projection</source>
        <translation>&amp;Proyección</translation>
    </message>
    <message>
        <source>&amp;Colour towers by</source>
        <translation>&amp;Colorear torres por</translation>
    </message>
    <message>
        <source>&amp;Basemap…</source>
        <translation>&amp;Mapa base…</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ale&amp;jar</translation>
    </message>
    <message>
        <source>Zoom to &amp;selection</source>
        <translation>Ampliar a la &amp;selección</translation>
    </message>
    <message>
        <source>&amp;Whole world</source>
        <translation>Mundo &amp;entero</translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation>&amp;Modelos</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About FluxLens</source>
        <translation>&amp;Acerca de FluxLens</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>Cache: %1</source>
        <translation>Caché: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) read from %1</source>
        <translation>
            <numerusform>%n sitio leído de %1</numerusform>
            <numerusform>%n sitios leídos de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No cache open</source>
        <translation>No hay ninguna caché abierta</translation>
    </message>
    <message>
        <source>Cannot open the cache: %1</source>
        <translation>No se puede abrir la caché: %1</translation>
    </message>
    <message>
        <source>FluxLens cache (*.sqlite *.db);;All files (*)</source>
        <translation>Caché de FluxLens (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>New cache</source>
        <translation>Nueva caché</translation>
    </message>
    <message>
        <source>Open cache</source>
        <translation>Abrir caché</translation>
    </message>
    <message>
        <source>Land polygons</source>
        <translation>Polígonos de tierra</translation>
    </message>
    <message>
        <source>Vector data (*.shp *.gpkg *.geojson *.json *.fgb);;All files (*)</source>
        <translation>Datos vectoriales (*.shp *.gpkg *.geojson *.json *.fgb);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>map</source>
        <translation>mapa</translation>
    </message>
    <message>
        <source>FluxLens map of flux towers</source>
        <translation>Mapa FluxLens de las torres de flujo</translation>
    </message>
    <message>
        <source>Map written to %1</source>
        <translation>Mapa escrito en %1</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>Exportar mapa</translation>
    </message>
    <message>
        <source>No site %1 in this cache</source>
        <translation>No hay ningún sitio %1 en esta caché</translation>
    </message>
    <message>
        <source>Open the demo world</source>
        <translation>Abrir el mundo de demostración</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Importar archivos…</translation>
    </message>
    <message>
        <source>This cache holds no sites yet. The synthetic demo world (120 made-up towers, generated on this computer, nothing downloaded) lets you try every view; or import your own flux files.</source>
        <translation>Esta caché aún no contiene sitios. El mundo de demostración sintético (120 torres inventadas, generadas en este ordenador, sin descargar nada) le permite probar todas las vistas; o importe sus propios archivos de flujo.</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>Importar una carpeta</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Importar archivos</translation>
    </message>
    <message>
        <source>Flux, site, MODIS, ERA5-Land and gridded files (*.csv *.txt *.zip *.nc *.nc4 *.tif *.tiff);;All files (*)</source>
        <translation>Archivos de flujo, de sitio, MODIS, ERA5-Land y en rejilla (*.csv *.txt *.zip *.nc *.nc4 *.tif *.tiff);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>An import is still running; wait for it or cancel it first</source>
        <translation>Todavía hay una importación en curso; espere a que termine o cancélela primero</translation>
    </message>
    <message>
        <source>Gridded product</source>
        <translation>Producto en rejilla</translation>
    </message>
    <message>
        <source>%1 of %2 sites shown, %3 selected</source>
        <translation>%1 de %2 sitios mostrados, %3 seleccionados</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>&amp;Map…</source>
        <translation>&amp;Mapa…</translation>
    </message>
    <message>
        <source>Store the gridded files&apos; values at the sites as product
(empty: the name in the file&apos;s product or title attribute):</source>
        <translation>Guardar los valores de los archivos en rejilla en los sitios como producto
(vacío: el nombre del atributo product o title del archivo):</translation>
    </message>
    <message>
        <source>&amp;Compact cache</source>
        <translation>Co&amp;mpactar caché</translation>
    </message>
    <message>
        <source>Rewrite the cache file without the free space that replaced files, deleted models and rewritten predictions leave behind</source>
        <translation>Reescribir el archivo de caché sin el espacio libre que dejan los archivos reemplazados, los modelos eliminados y las predicciones reescritas</translation>
    </message>
    <message>
        <source>The cache is busy; compact it when the running job has finished</source>
        <translation>La caché está ocupada; compáctela cuando termine la tarea en curso</translation>
    </message>
    <message>
        <source>Compact cache</source>
        <translation>Compactar caché</translation>
    </message>
    <message>
        <source>The cache could not be compacted: %1</source>
        <translation>No se pudo compactar la caché: %1</translation>
    </message>
    <message>
        <source>Compacting the cache was cancelled; nothing changed</source>
        <translation>Se canceló la compactación de la caché; no ha cambiado nada</translation>
    </message>
    <message>
        <source>&amp;Köppen map for imports…</source>
        <translation>Mapa de &amp;Köppen para importaciones…</translation>
    </message>
    <message>
        <source>Köppen–Geiger map for sites without a class (cancel: the shipped Beck et al. 2018 map)</source>
        <translation>Mapa de Köppen-Geiger para sitios sin clase (cancelar: el mapa de Beck et al. 2018 incluido)</translation>
    </message>
    <message>
        <source>Rasters with Beck et al. class codes (*.tif *.tiff *.nc *.img);;All files (*)</source>
        <translation>Rásteres con códigos de clase de Beck et al. (*.tif *.tiff *.nc *.img);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Köppen classes of imported sites: the shipped Beck et al. (2018) map</source>
        <translation>Clases de Köppen de los sitios importados: el mapa de Beck et al. (2018) incluido</translation>
    </message>
    <message>
        <source>Köppen classes of imported sites: %1</source>
        <translation>Clases de Köppen de los sitios importados: %1</translation>
    </message>
    <message>
        <source>Show Table 1</source>
        <translation>Mostrar la Tabla 1</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Another program changed this cache (%1). Reload to see the changes.</source>
        <translation>Otro programa cambió esta caché (%1). Recargue para ver los cambios.</translation>
    </message>
</context>
<context>
    <name>fluxlens::MessageBanner</name>
    <message>
        <source>Hide this message</source>
        <translation>Ocultar este mensaje</translation>
    </message>
</context>
<context>
    <name>fluxlens::MetricChoiceBar</name>
    <message>
        <source>Flux the figures are about</source>
        <translation>Flujo al que se refieren las figuras</translation>
    </message>
    <message>
        <source>All valid days, or only days with NEE_VUT_USTAR50_QC = 1 and NEE_VUT_REF_QC = 1</source>
        <translation>Todos los días válidos, o solo los días con NEE_VUT_USTAR50_QC = 1 y NEE_VUT_REF_QC = 1</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Reference product the model is compared with</source>
        <translation>Producto de referencia con el que se compara el modelo</translation>
    </message>
    <message>
        <source>Flux:</source>
        <translation>Flujo:</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Días:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Referencia:</translation>
    </message>
    <message>
        <source>Score on:</source>
        <translation>Evaluar en:</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Todos los sitios</translation>
    </message>
    <message>
        <source>Held-out sites (%1)</source>
        <translation>Sitios reservados (%1)</translation>
    </message>
    <message>
        <source>Held-out sites</source>
        <translation>Sitios reservados</translation>
    </message>
    <message numerus="yes">
        <source>Score every site with metrics, or only the %n site(s) every model that records held-out sites held out (%1): a zero-shot comparison. A site a TAM-RL model held out is scored on the years after its support years.</source>
        <translation>
            <numerusform>Evaluar todos los sitios con métricas, o solo el %n sitio que reservó cada modelo que registra sitios reservados (%1): una comparación zero-shot. Un sitio que un modelo TAM-RL reservó se evalúa en los años posteriores a sus años de soporte.</numerusform>
            <numerusform>Evaluar todos los sitios con métricas, o solo los %n sitios que reservó cada modelo que registra sitios reservados (%1): una comparación zero-shot. Un sitio que un modelo TAM-RL reservó se evalúa en los años posteriores a sus años de soporte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fluxlens::ModelLibraryWidget</name>
    <message>
        <source>Model library</source>
        <translation>Biblioteca de modelos</translation>
    </message>
    <message>
        <source>Select a model to see its metadata.</source>
        <translation>Seleccione un modelo para ver sus metadatos.</translation>
    </message>
    <message>
        <source>Train…</source>
        <translation>Entrenar…</translation>
    </message>
    <message>
        <source>Open the train dialog.</source>
        <translation>Abrir el diálogo de entrenamiento.</translation>
    </message>
    <message>
        <source>Load folder…</source>
        <translation>Cargar carpeta…</translation>
    </message>
    <message>
        <source>Validate a model folder (model.json and weights) and register it.</source>
        <translation>Validar una carpeta de modelo (model.json y pesos) y registrarla.</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>Predecir</translation>
    </message>
    <message>
        <source>Predict every site with drivers and store the predictions, so the comparison views show them.</source>
        <translation>Predecir cada sitio con forzantes y guardar las predicciones para que las vistas de comparación las muestren.</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Evaluar</translation>
    </message>
    <message>
        <source>Score every model with predictions against the observations (RMSE, R², bias, MAE per site and class) and store the metrics.</source>
        <translation>Puntuar cada modelo con predicciones frente a las observaciones (RMSE, R², sesgo, MAE por sitio y clase) y guardar las métricas.</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Remove the model with its predictions and metrics from the cache.</source>
        <translation>Quitar el modelo con sus predicciones y métricas de la caché.</translation>
    </message>
    <message>
        <source>FiLM lab</source>
        <translation>Laboratorio FiLM</translation>
    </message>
    <message>
        <source>Explore this TAM-RL model&apos;s FiLM modulation.</source>
        <translation>Explorar la modulación FiLM de este modelo TAM-RL.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Loaded &quot;%1&quot; from %2: use Predict to store its predictions.</source>
        <translation>«%1» cargado de %2: use «Predecir» para guardar sus predicciones.</translation>
    </message>
    <message>
        <source>Wait for the running job to finish (or cancel it).</source>
        <translation>Espere a que termine la tarea en curso (o cancélela).</translation>
    </message>
    <message>
        <source>Predicting every site with &quot;%1&quot;…</source>
        <translation>Prediciendo cada sitio con «%1»…</translation>
    </message>
    <message>
        <source>Evaluating every model with predictions…</source>
        <translation>Evaluando cada modelo con predicciones…</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;</source>
        <translation>«%1» eliminado</translation>
    </message>
    <message>
        <source>Load a model folder</source>
        <translation>Cargar una carpeta de modelo</translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>Eliminar modelo</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; with its predictions and metrics from the cache?</source>
        <translation>¿Quitar «%1» con sus predicciones y métricas de la caché?</translation>
    </message>
    <message>
        <source>Remove from cache</source>
        <translation>Quitar de la caché</translation>
    </message>
    <message>
        <source>Remove and delete its files</source>
        <translation>Quitar y eliminar sus archivos</translation>
    </message>
    <message>
        <source>Predict every site with drivers and store the predictions.</source>
        <translation>Predecir cada sitio con forzantes y guardar las predicciones.</translation>
    </message>
    <message>
        <source>This model has no folder to predict with.</source>
        <translation>Este modelo no tiene carpeta con la que predecir.</translation>
    </message>
    <message>
        <source>Only TAM-RL models have FiLM layers.</source>
        <translation>Solo los modelos TAM-RL tienen capas FiLM.</translation>
    </message>
</context>
<context>
    <name>fluxlens::ModelTableModel</name>
    <message>
        <source> (cancelled)</source>
        <translation> (cancelado)</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>guardadas</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation>sin evaluar</translation>
    </message>
    <message>
        <source>SHA-256 of the training data: %1</source>
        <translation>SHA-256 de los datos de entrenamiento: %1</translation>
    </message>
    <message>
        <source>Training was cancelled; this is the best checkpoint it reached.</source>
        <translation>El entrenamiento se canceló; este es el mejor punto de control que alcanzó.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sitios</translation>
    </message>
    <message>
        <source>Data hash</source>
        <translation>Hash de datos</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Predicciones</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Trained on %1 only. A target it did not learn is derived from NEE = RECO − GPP when the other two were learned, and left empty otherwise.</source>
        <translation>Entrenado solo con %1. Un objetivo no aprendido se deriva de NEE = RECO − GPP cuando se aprendieron los otros dos; si no, queda vacío.</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Inputs: %1</source>
        <translation>Entradas: %1</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Variables</translation>
    </message>
    <message>
        <source>Metrics (mean over all sites, all valid days)</source>
        <translation>Métricas (media sobre todos los sitios, todos los días válidos)</translation>
    </message>
</context>
<context>
    <name>fluxlens::QcChoice</name>
    <message>
        <source>all days</source>
        <translation>todos los días</translation>
    </message>
    <message>
        <source>QC = 1</source>
        <translation>QC = 1</translation>
    </message>
</context>
<context>
    <name>fluxlens::RangeSlider</name>
    <message>
        <source>Drag the ends to choose the visible period, the middle to move it</source>
        <translation>Arrastre los extremos para elegir el periodo visible y el centro para desplazarlo</translation>
    </message>
</context>
<context>
    <name>fluxlens::RasterLayer</name>
    <message>
        <source>no value</source>
        <translation>sin valor</translation>
    </message>
    <message>
        <source>%1: difference</source>
        <translation>%1: diferencia</translation>
    </message>
    <message>
        <source>%1 %2 − %3</source>
        <translation>%1 %2 − %3</translation>
    </message>
    <message>
        <source>%1 difference (map − product): %2 %3</source>
        <translation>Diferencia de %1 (mapa − producto): %2 %3</translation>
    </message>
    <message>
        <source>%1 on the map: %2 %3</source>
        <translation>%1 en el mapa: %2 %3</translation>
    </message>
    <message>
        <source>Tower %1 on %2: %3 gC m-2 d-1</source>
        <translation>Torre %1 el %2: %3 gC m-2 d-1</translation>
    </message>
    <message>
        <source>Tower %1 on %2: no observation</source>
        <translation>Torre %1 el %2: sin observación</translation>
    </message>
</context>
<context>
    <name>fluxlens::RasterLayerPanel</name>
    <message>
        <source>Variable:</source>
        <translation>Variable:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>Opacity:</source>
        <translation>Opacidad:</translation>
    </message>
    <message>
        <source>Close layer</source>
        <translation>Cerrar capa</translation>
    </message>
    <message>
        <source>Difference with product…</source>
        <translation>Diferencia con un producto…</translation>
    </message>
    <message>
        <source>Show this map minus a second gridded file (e.g. FLUXCOM-X-BASE), taken at the same dates and at the nearest pixel</source>
        <translation>Mostrar este mapa menos un segundo archivo en malla (p. ej. FLUXCOM-X-BASE), en las mismas fechas y en el píxel más cercano</translation>
    </message>
    <message>
        <source>Show the map itself</source>
        <translation>Mostrar el mapa en sí</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>leyendo…</translation>
    </message>
    <message>
        <source>no dates</source>
        <translation>sin fechas</translation>
    </message>
    <message>
        <source>Product: %1</source>
        <translation>Producto: %1</translation>
    </message>
</context>
<context>
    <name>fluxlens::RelativeRmseModel</name>
    <message>
        <source>No sites of this class with figures for both</source>
        <translation>No hay sitios de esta clase con valores para ambos</translation>
    </message>
    <message numerus="yes">
        <source>%1 against %2 on %3: relative RMSE %4 %
%n site(s)</source>
        <translation>
            <numerusform>%1 frente a %2 en %3: RMSE relativo %4 %
%n sitio</numerusform>
            <numerusform>%1 frente a %2 en %3: RMSE relativo %4 %
%n sitios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n day(s)</source>
        <translation>
            <numerusform>, %n día</numerusform>
            <numerusform>, %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
%n site(s)</source>
        <translation>
            <numerusform>%1
%n sitio</numerusform>
            <numerusform>%1
%n sitios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>
%n day(s)</source>
        <translation>
            <numerusform>
%n día</numerusform>
            <numerusform>
%n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fluxlens::RelativeRmseView</name>
    <message>
        <source>(RMSE_ref − RMSE_model) / RMSE_ref against %1; blue: the model is better</source>
        <translation>(RMSE_ref − RMSE_model) / RMSE_ref frente a %1; azul: el modelo es mejor</translation>
    </message>
    <message>
        <source>(no reference)</source>
        <translation>(sin referencia)</translation>
    </message>
</context>
<context>
    <name>fluxlens::SiteDetailsWidget</name>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Click a tower on the map or a row in the site list to see its details here.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Haga clic en una torre del mapa o en una fila de la lista de sitios para ver aquí sus detalles.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>Elevation</source>
        <translation>Altitud</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>IGBP</source>
        <translation>IGBP</translation>
    </message>
    <message>
        <source>Köppen</source>
        <translation>Köppen</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Flux data</source>
        <translation>Datos de flujo</translation>
    </message>
    <message>
        <source>%1 – %2, %3 days (%4 with GPP)</source>
        <translation>%1 – %2, %3 días (%4 con GPP)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
</context>
<context>
    <name>fluxlens::SiteListWidget</name>
    <message>
        <source>Filter by site ID or name</source>
        <translation>Filtrar por ID o nombre del sitio</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Show all sites again</source>
        <translation>Volver a mostrar todos los sitios</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>IGBP</source>
        <translation>IGBP</translation>
    </message>
    <message>
        <source>Köppen</source>
        <translation>Köppen</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n site(s) shown</source>
        <translation>
            <numerusform>Mostrando %1 de %n sitio</numerusform>
            <numerusform>Mostrando %1 de %n sitios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fluxlens::SiteMetricsModel</name>
    <message numerus="yes">
        <source>%1, %2, %3: %n day(s)</source>
        <translation>
            <numerusform>%1, %2, %3: %n día</numerusform>
            <numerusform>%1, %2, %3: %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: root mean square error of %2 (%3)</source>
        <translation>%1: raíz del error cuadrático medio de %2 (%3)</translation>
    </message>
    <message>
        <source>%1 RMSE</source>
        <translation>RMSE de %1</translation>
    </message>
    <message>
        <source>%1 R²</source>
        <translation>R² de %1</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>IGBP</source>
        <translation>IGBP</translation>
    </message>
    <message>
        <source>Köppen</source>
        <translation>Köppen</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>%1: coefficient of determination of %2, 1 − SS_res/SS_tot over this site&apos;s scored days (not pooled with other sites)</source>
        <translation>%1: coeficiente de determinación de %2, 1 − SS_res/SS_tot sobre los días evaluados de este sitio (sin agrupar con otros sitios)</translation>
    </message>
</context>
<context>
    <name>fluxlens::SiteMetricsView</name>
    <message numerus="yes">
        <source>%1 of %n site(s) shown</source>
        <translation>
            <numerusform>Mostrando %1 de %n sitio</numerusform>
            <numerusform>Mostrando %1 de %n sitios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fluxlens::SiteScatterChart</name>
    <message>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <source>R²</source>
        <translation>R²</translation>
    </message>
    <message>
        <source>%1 %2 per site</source>
        <translation>%1 %2 por sitio</translation>
    </message>
    <message>
        <source>%1 %2%3</source>
        <translation>%1 %2%3</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>seleccionado</translation>
    </message>
</context>
<context>
    <name>fluxlens::SiteScatterView</name>
    <message>
        <source>Click a point to select its site; Ctrl-click adds or removes it</source>
        <translation>Haga clic en un punto para seleccionar su sitio; Ctrl+clic lo añade o lo quita</translation>
    </message>
</context>
<context>
    <name>fluxlens::SiteTableModel</name>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>IGBP</source>
        <translation>IGBP</translation>
    </message>
    <message>
        <source>Köppen</source>
        <translation>Köppen</translation>
    </message>
    <message>
        <source>Lat (°)</source>
        <translation>Lat. (°)</translation>
    </message>
    <message>
        <source>Lon (°)</source>
        <translation>Lon. (°)</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Años</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
</context>
<context>
    <name>fluxlens::Table1Model</name>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>%1: RMSE %2, R² %3</source>
        <translation>%1: RMSE %2, R² %3</translation>
    </message>
    <message>
        <source>%1 against %2 (%3): %4</source>
        <translation>%1 frente a %2 (%3): %4</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sitios</translation>
    </message>
    <message>
        <source>%1 %2
%3</source>
        <translation>%1 %2
%3</translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <source>R²</source>
        <translation>R²</translation>
    </message>
    <message>
        <source>Root mean square error, √(SS_res / n) with SS_res = Σ(obs − pred)², computed per site over its scored days (%1). The figure is the mean of the per-site values, not pooled over all site-days.</source>
        <translation>Raíz del error cuadrático medio, √(SS_res / n) con SS_res = Σ(obs − pred)², calculada por sitio sobre sus días evaluados (%1). La cifra es la media de los valores por sitio, no agrupada sobre todos los días-sitio.</translation>
    </message>
    <message>
        <source>R² is the coefficient of determination, 1 − SS_res/SS_tot (SS_res = Σ(obs − pred)², SS_tot = Σ(obs − mean obs)²), computed per site over its scored days. The figure is the mean of the per-site values, not pooled over all site-days; sites with constant observations have no R² and are left out.</source>
        <translation>R² es el coeficiente de determinación, 1 − SS_res/SS_tot (SS_res = Σ(obs − pred)², SS_tot = Σ(obs − media obs)²), calculado por sitio sobre sus días evaluados. La cifra es la media de los valores por sitio, no agrupada sobre todos los días-sitio; los sitios con observaciones constantes no tienen R² y se omiten.</translation>
    </message>
    <message>
        <source>Sites scored: the number of per-site values each mean is taken over.</source>
        <translation>Sitios evaluados: el número de valores por sitio sobre los que se toma cada media.</translation>
    </message>
</context>
<context>
    <name>fluxlens::Table1View</name>
    <message>
        <source>Choose a model and a different reference for the headline figures (RMSE change and R² change in %).</source>
        <translation>Elija un modelo y una referencia distinta para las cifras principales (cambio de RMSE y cambio de R² en %).</translation>
    </message>
    <message>
        <source>Sites scored: %1.</source>
        <translation>Sitios evaluados: %1.</translation>
    </message>
</context>
<context>
    <name>fluxlens::TimeSeriesChart</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>days with NEE QC &lt; 0.5</source>
        <translation>días con QC de NEE &lt; 0,5</translation>
    </message>
    <message>
        <source>%1 ±1σ</source>
        <translation>%1 ±1σ</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observado</translation>
    </message>
</context>
<context>
    <name>fluxlens::TimeSeriesChartView</name>
    <message>
        <source>Wheel: zoom · left drag: zoom to period · middle or right drag: pan · double click: whole record</source>
        <translation>Rueda: zoom · arrastrar con el izquierdo: ampliar al periodo · arrastrar con el central o el derecho: desplazar · doble clic: registro completo</translation>
    </message>
</context>
<context>
    <name>fluxlens::TimeSeriesView</name>
    <message>
        <source>Daily</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>8-day</source>
        <translation>8 días</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <source>Mean of the valid days of each period (8-day periods restart on 1 January)</source>
        <translation>Media de los días válidos de cada periodo (los periodos de 8 días se reinician el 1 de enero)</translation>
    </message>
    <message>
        <source>Whole record</source>
        <translation>Registro completo</translation>
    </message>
    <message>
        <source>Show the whole record (Home)</source>
        <translation>Mostrar el registro completo (Inicio)</translation>
    </message>
    <message>
        <source>Flux:</source>
        <translation>Flujo:</translation>
    </message>
    <message>
        <source>Aggregation:</source>
        <translation>Agregación:</translation>
    </message>
    <message>
        <source>Select a site to see its time series</source>
        <translation>Seleccione un sitio para ver su serie temporal</translation>
    </message>
    <message>
        <source>No cache open</source>
        <translation>No hay ninguna caché abierta</translation>
    </message>
    <message>
        <source>Reading %1 …</source>
        <translation>Leyendo %1 …</translation>
    </message>
    <message>
        <source>%1: no daily data in the cache</source>
        <translation>%1: no hay datos diarios en la caché</translation>
    </message>
</context>
<context>
    <name>fluxlens::TrainDialog</name>
    <message>
        <source>Train a model</source>
        <translation>Entrenar un modelo</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <source>Cancel training</source>
        <translation>Cancelar el entrenamiento</translation>
    </message>
    <message>
        <source>Stops after the current batch and keeps the best checkpoint so far (saved and registered).</source>
        <translation>Se detiene tras el lote actual y conserva el mejor punto de control hasta ahora (guardado y registrado).</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>Done: model saved, registered and predicted</source>
        <translation>Hecho: modelo guardado, registrado y con predicciones</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>El entrenamiento falló: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falló: %1</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falló</translation>
    </message>
    <message>
        <source>
Default: %1</source>
        <translation>
Predeterminado: %1</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Name in the cache; the model&apos;s predictions are stored under it.</source>
        <translation>Nombre en la caché; las predicciones del modelo se guardan con él.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Input features (cache column names), comma-separated. DOY_SIN and DOY_COS are computed from the date.</source>
        <translation>Características de entrada (nombres de columna de la caché), separadas por comas. DOY_SIN y DOY_COS se calculan a partir de la fecha.</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Características</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Window (days)</source>
        <translation>Ventana (días)</translation>
    </message>
    <message>
        <source>Length of one training and inference window.</source>
        <translation>Longitud de una ventana de entrenamiento e inferencia.</translation>
    </message>
    <message>
        <source>Stride (days)</source>
        <translation>Paso (días)</translation>
    </message>
    <message>
        <source>Step between consecutive windows; at most the window length.</source>
        <translation>Paso entre ventanas consecutivas; como máximo la longitud de la ventana.</translation>
    </message>
    <message>
        <source>Decoder hidden units</source>
        <translation>Unidades ocultas del decodificador</translation>
    </message>
    <message>
        <source>Hidden units of the LSTM decoder (the size of γ2/β2).</source>
        <translation>Unidades ocultas del decodificador LSTM (el tamaño de γ2/β2).</translation>
    </message>
    <message>
        <source>Decoder layers</source>
        <translation>Capas del decodificador</translation>
    </message>
    <message>
        <source>Stacked LSTM layers of the decoder.</source>
        <translation>Capas LSTM apiladas del decodificador.</translation>
    </message>
    <message>
        <source>Encoder hidden units</source>
        <translation>Unidades ocultas del codificador</translation>
    </message>
    <message>
        <source>TAM-RL: hidden units of the BiLSTM task encoder.</source>
        <translation>TAM-RL: unidades ocultas del codificador de tareas BiLSTM.</translation>
    </message>
    <message>
        <source>Embedding size</source>
        <translation>Tamaño de la incrustación</translation>
    </message>
    <message>
        <source>TAM-RL: length of a site&apos;s task embedding.</source>
        <translation>TAM-RL: longitud de la incrustación de tarea de un sitio.</translation>
    </message>
    <message>
        <source>Generator hidden units</source>
        <translation>Unidades ocultas del generador</translation>
    </message>
    <message>
        <source>TAM-RL: hidden units of the MLP that turns the embedding into γ and β.</source>
        <translation>TAM-RL: unidades ocultas del MLP que convierte la incrustación en γ y β.</translation>
    </message>
    <message>
        <source>Encoder sees fluxes (few-shot)</source>
        <translation>El codificador ve los flujos (few-shot)</translation>
    </message>
    <message>
        <source>Off (default): the task encoder sees drivers only, so it works for any grid cell (zero-shot).
On: drivers plus observed fluxes, as in the original TAM-RL.</source>
        <translation>Desactivado (predeterminado): el codificador de tareas solo ve los forzantes, así que funciona en cualquier celda de la rejilla (zero-shot).
Activado: forzantes más flujos observados, como en el TAM-RL original.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>Stage 1 epochs</source>
        <translation>Épocas de la etapa 1</translation>
    </message>
    <message>
        <source>Decoder pre-training (TAM-RL), or all training of a baseline.</source>
        <translation>Preentrenamiento del decodificador (TAM-RL), o todo el entrenamiento de un modelo de referencia.</translation>
    </message>
    <message>
        <source>Stage 2 epochs</source>
        <translation>Épocas de la etapa 2</translation>
    </message>
    <message>
        <source>TAM-RL: joint training with support and query sets per site.</source>
        <translation>TAM-RL: entrenamiento conjunto con conjuntos de soporte y de consulta por sitio.</translation>
    </message>
    <message>
        <source>Batch (windows)</source>
        <translation>Lote (ventanas)</translation>
    </message>
    <message>
        <source>Windows per batch in stage 1 and for the baselines.</source>
        <translation>Ventanas por lote en la etapa 1 y para los modelos de referencia.</translation>
    </message>
    <message>
        <source>Sites per batch</source>
        <translation>Sitios por lote</translation>
    </message>
    <message>
        <source>Stage 2: sites (tasks) per batch.</source>
        <translation>Etapa 2: sitios (tareas) por lote.</translation>
    </message>
    <message>
        <source>Support windows</source>
        <translation>Ventanas de soporte</translation>
    </message>
    <message>
        <source>Stage 2: support windows per site (what the encoder sees).</source>
        <translation>Etapa 2: ventanas de soporte por sitio (lo que ve el codificador).</translation>
    </message>
    <message>
        <source>Query windows</source>
        <translation>Ventanas de consulta</translation>
    </message>
    <message>
        <source>Stage 2: query windows per site (where the loss is computed).</source>
        <translation>Etapa 2: ventanas de consulta por sitio (donde se calcula la pérdida).</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Adam learning rate in stage 1 and for the baselines.</source>
        <translation>Tasa de aprendizaje de Adam en la etapa 1 y para los modelos de referencia.</translation>
    </message>
    <message>
        <source>Stage 2 learning rate</source>
        <translation>Tasa de aprendizaje de la etapa 2</translation>
    </message>
    <message>
        <source>Adam learning rate in stage 2.</source>
        <translation>Tasa de aprendizaje de Adam en la etapa 2.</translation>
    </message>
    <message>
        <source>α (flux consistency)</source>
        <translation>α (coherencia de flujos)</translation>
    </message>
    <message>
        <source>Gradient clip</source>
        <translation>Recorte del gradiente</translation>
    </message>
    <message>
        <source>Maximum gradient norm.</source>
        <translation>Norma máxima del gradiente.</translation>
    </message>
    <message>
        <source>Patience (epochs)</source>
        <translation>Paciencia (épocas)</translation>
    </message>
    <message>
        <source>Epochs without a better validation loss before a stage stops early.</source>
        <translation>Épocas sin una pérdida de validación mejor antes de que una etapa se detenga antes de tiempo.</translation>
    </message>
    <message>
        <source>Validation share</source>
        <translation>Fracción de validación</translation>
    </message>
    <message>
        <source>Share of the training sites used for early stopping.</source>
        <translation>Fracción de los sitios de entrenamiento usada para la parada temprana.</translation>
    </message>
    <message>
        <source>Support years</source>
        <translation>Años de soporte</translation>
    </message>
    <message>
        <source>The first N calendar years of a site give its support windows.</source>
        <translation>Los primeros N años naturales de un sitio dan sus ventanas de soporte.</translation>
    </message>
    <message>
        <source>Device, split and seeds</source>
        <translation>Dispositivo, partición y semillas</translation>
    </message>
    <message>
        <source>auto (%1)</source>
        <translation>automático (%1)</translation>
    </message>
    <message>
        <source>CUDA</source>
        <translation>CUDA</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA (not available)</source>
        <translation>CUDA (no disponible)</translation>
    </message>
    <message>
        <source>This build of LibTorch sees no CUDA device.</source>
        <translation>Esta compilación de LibTorch no ve ningún dispositivo CUDA.</translation>
    </message>
    <message>
        <source>%1; CUDA is %2.</source>
        <translation>%1; CUDA está %2.</translation>
    </message>
    <message>
        <source>available</source>
        <translation>disponible</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Intra-op CPU threads (1 is fastest for these small LSTMs).</source>
        <translation>Hilos de CPU por operación (1 es lo más rápido para estas LSTM pequeñas).</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>Hilos de CPU</translation>
    </message>
    <message>
        <source>Share of sites held out for zero-shot evaluation, stratified by Köppen class; never seen in training.</source>
        <translation>Fracción de sitios reservados para la evaluación zero-shot, estratificada por clase de Köppen; nunca vistos en el entrenamiento.</translation>
    </message>
    <message>
        <source>Held-out share</source>
        <translation>Fracción reservada</translation>
    </message>
    <message>
        <source>optional: a file with one site id per line</source>
        <translation>opcional: un archivo con un ID de sitio por línea</translation>
    </message>
    <message>
        <source>When set, these sites are held out instead of a share.</source>
        <translation>Si se indica, se reservan estos sitios en lugar de una fracción.</translation>
    </message>
    <message>
        <source>Held-out list</source>
        <translation>Lista de reservados</translation>
    </message>
    <message>
        <source>Held-out sites</source>
        <translation>Sitios reservados</translation>
    </message>
    <message>
        <source>Ensemble members (the paper uses 10): predictions give mean and spread.</source>
        <translation>Miembros del conjunto (el artículo usa 10): las predicciones dan media y dispersión.</translation>
    </message>
    <message>
        <source>Seeds</source>
        <translation>Semillas</translation>
    </message>
    <message>
        <source>Seed of member 0; member k uses seed + k. Also seeds the held-out split.</source>
        <translation>Semilla del miembro 0; el miembro k usa semilla + k. También fija la partición de los reservados.</translation>
    </message>
    <message>
        <source>First seed</source>
        <translation>Primera semilla</translation>
    </message>
    <message>
        <source>The model folder (weights and model.json).</source>
        <translation>La carpeta del modelo (pesos y model.json).</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Guardar en</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>Carpeta del modelo</translation>
    </message>
    <message>
        <source>Cancelled: best checkpoint saved and registered</source>
        <translation>Cancelado: mejor punto de control guardado y registrado</translation>
    </message>
    <message>
        <source>Cancelled before a checkpoint existed</source>
        <translation>Cancelado antes de que existiera un punto de control</translation>
    </message>
    <message>
        <source>Training is running: cancel it first (the best checkpoint is kept).</source>
        <translation>El entrenamiento está en curso: cancélelo primero (se conserva el mejor punto de control).</translation>
    </message>
    <message>
        <source>Gross primary production (GPP_NT_VUT_USTAR50).</source>
        <translation>Producción primaria bruta (GPP_NT_VUT_USTAR50).</translation>
    </message>
    <message>
        <source>Ecosystem respiration (RECO_NT_VUT_USTAR50, or NEE + GPP where it is missing).</source>
        <translation>Respiración del ecosistema (RECO_NT_VUT_USTAR50, o NEE + GPP donde falta).</translation>
    </message>
    <message>
        <source>Net ecosystem exchange (NEE_VUT_USTAR50).</source>
        <translation>Intercambio neto del ecosistema (NEE_VUT_USTAR50).</translation>
    </message>
    <message>
        <source>
Unchecked: this flux gets no loss. If the other two are trained it is predicted as their balance (NEE = RECO − GPP), otherwise it is left missing.</source>
        <translation>
Sin marcar: este flujo no contribuye a la pérdida. Si se entrenan los otros dos, se predice a partir de su balance (NEE = RECO − GPP); si no, queda como dato faltante.</translation>
    </message>
    <message>
        <source>The fluxes the model learns; at least one. L_flux (weight α) ties NEE to RECO − GPP only when all three are trained.</source>
        <translation>Los flujos que aprende el modelo; al menos uno. L_flux (peso α) liga NEE a RECO − GPP solo cuando se entrenan los tres.</translation>
    </message>
    <message>
        <source>Weight of L_flux = mean((NEE − (RECO − GPP))²) in the loss; used only when GPP, RECO and NEE are all trained.</source>
        <translation>Peso de L_flux = mean((NEE − (RECO − GPP))²) en la pérdida; solo se usa cuando se entrenan GPP, RECO y NEE.</translation>
    </message>
    <message>
        <source>Choose at least one target (GPP, RECO or NEE) to train.</source>
        <translation>Elija al menos un objetivo (GPP, RECO o NEE) para entrenar.</translation>
    </message>
    <message>
        <source>TAM-RL: task encoder + FiLM generator + LSTM decoder.
CT-LSTM: LSTM with one-hot IGBP and Köppen statics.
TAMLSTM: the TAM-RL decoder alone (no FiLM).
XGBoost: gradient-boosted trees on each day&apos;s drivers, lagged means and IGBP class, in the FLUXCOM-X QuickEval configuration.</source>
        <translation>TAM-RL: codificador de tareas + generador FiLM + decodificador LSTM.
CT-LSTM: LSTM con IGBP y Köppen estáticos en codificación one-hot.
TAMLSTM: el decodificador de TAM-RL solo (sin FiLM).
XGBoost: árboles potenciados por gradiente sobre los forzantes de cada día, medias móviles y la clase IGBP, en la configuración QuickEval de FLUXCOM-X.</translation>
    </message>
    <message>
        <source>Tower meteorology (tower)</source>
        <translation>Meteorología de la torre (tower)</translation>
    </message>
    <message>
        <source>ERA5-Land and MODIS (remote)</source>
        <translation>ERA5-Land y MODIS (remote)</translation>
    </message>
    <message>
        <source>ERA5 at the tower (era5)</source>
        <translation>ERA5 en la torre (era5)</translation>
    </message>
    <message>
        <source>Custom list</source>
        <translation>Lista propia</translation>
    </message>
    <message>
        <source>FLUXNET tower meteorology: TA_F, SW_IN_F, VPD_F, P_F, SW_IN_POT and the day of year, plus LW_IN_F, PA_F and WS_F when every site has them.</source>
        <translation>Meteorología de torre FLUXNET: TA_F, SW_IN_F, VPD_F, P_F, SW_IN_POT y el día del año, más LW_IN_F, PA_F y WS_F cuando todos los sitios los tienen.</translation>
    </message>
    <message>
        <source>ERA5-Land t2m, ssrd, vpd, tp and swvl1, MODIS bands b1–b7, NDVI, EVI and NIRv, and the day of year (the default).</source>
        <translation>ERA5-Land t2m, ssrd, vpd, tp y swvl1, bandas MODIS b1–b7, NDVI, EVI y NIRv, y el día del año (el valor por defecto).</translation>
    </message>
    <message>
        <source>ERA5 downscaled to the tower (the FLUXNET product&apos;s ERA5_DD member): TA_ERA, SW_IN_ERA, VPD_ERA, P_ERA and the day of year, plus SW_IN_POT, LW_IN_ERA, PA_ERA and WS_ERA when every site has them.</source>
        <translation>ERA5 reducido a escala de la torre (el miembro ERA5_DD del producto FLUXNET): TA_ERA, SW_IN_ERA, VPD_ERA, P_ERA y el día del año, más SW_IN_POT, LW_IN_ERA, PA_ERA y WS_ERA cuando todos los sitios los tienen.</translation>
    </message>
    <message>
        <source>The cache columns typed in the field below.</source>
        <translation>Las columnas de la caché escritas en el campo de abajo.</translation>
    </message>
    <message>
        <source>The drivers the model learns from. A preset is checked against the cache when training starts: sites without any of its drivers are left out, a site lacking some of them stops the run with their names.</source>
        <translation>Los forzantes de los que aprende el modelo. Un preajuste se comprueba con la caché al empezar el entrenamiento: los sitios sin ninguno de sus forzantes se omiten, un sitio al que le faltan algunos detiene la ejecución con sus nombres.</translation>
    </message>
    <message>
        <source>Feature preset</source>
        <translation>Preajuste de variables</translation>
    </message>
    <message>
        <source>XGBoost: boosting rounds per target at most; early stopping after 10 rounds without a better RMSE on the validation sites usually ends sooner.
Default: %1</source>
        <translation>XGBoost: rondas de boosting por variable objetivo como máximo; la parada temprana tras 10 rondas sin mejor RMSE en los sitios de validación suele terminar antes.
Por defecto: %1</translation>
    </message>
    <message>
        <source>Boosting rounds</source>
        <translation>Rondas de boosting</translation>
    </message>
    <message>
        <source>FLUXCOM-X QuickEval configuration</source>
        <translation>configuración QuickEval de FLUXCOM-X</translation>
    </message>
    <message>
        <source>XGBoost settings of FLUXCOM-X&apos;s quick-evaluation reference configuration: objective reg:squarederror, eta 0.05, max_depth 10, subsample 0.5, colsample_bynode 1, min_child_weight 5, tree_method hist, up to 1000 rounds, early stopping after 10 rounds on validation sites. Not quoted from the X-BASE paper itself.</source>
        <translation>Ajustes de XGBoost de la configuración de referencia QuickEval de FLUXCOM-X: objective reg:squarederror, eta 0.05, max_depth 10, subsample 0.5, colsample_bynode 1, min_child_weight 5, tree_method hist, hasta 1000 rondas, parada temprana tras 10 rondas en sitios de validación. No citado del propio artículo de X-BASE.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source> (+ %1 where every site has them)</source>
        <translation> (+ %1 donde todos los sitios los tienen)</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>Dropout on the decoder&apos;s hidden states before the heads, in training only (the authors&apos; code: 0.3).</source>
        <translation>Dropout en los estados ocultos del decodificador antes de las cabezas, solo en el entrenamiento (código de los autores: 0,3).</translation>
    </message>
    <message>
        <source>Input and hidden states</source>
        <translation>Entrada y estados ocultos</translation>
    </message>
    <message>
        <source>Input only</source>
        <translation>Solo la entrada</translation>
    </message>
    <message>
        <source>Hidden states only</source>
        <translation>Solo los estados ocultos</translation>
    </message>
    <message>
        <source>TAM-RL: where FiLM acts. γ1, β1 scale and shift the input features, γ2, β2 the decoder&apos;s hidden states; the paper uses both.</source>
        <translation>TAM-RL: dónde actúa FiLM. γ1, β1 escalan y desplazan las variables de entrada, γ2, β2 los estados ocultos del decodificador; el artículo usa ambos.</translation>
    </message>
    <message>
        <source>FiLM acts on</source>
        <translation>FiLM actúa sobre</translation>
    </message>
    <message>
        <source>Encoder sees IGBP and Köppen classes</source>
        <translation>El codificador ve las clases IGBP y Köppen</translation>
    </message>
    <message>
        <source>Loss on the last days</source>
        <translation>Pérdida en los últimos días</translation>
    </message>
    <message>
        <source>0: the loss covers every day of a window. N (from the stride to the window length): only each window&apos;s last N days, which then alone give the predictions (the authors&apos; code: 15 of 30).</source>
        <translation>0: la pérdida cubre todos los días de una ventana. N (del paso a la longitud de la ventana): solo los últimos N días de cada ventana, que son entonces los únicos que dan las predicciones (código de los autores: 15 de 30).</translation>
    </message>
    <message>
        <source>Across both stages</source>
        <translation>En ambas etapas</translation>
    </message>
    <message>
        <source>Within each stage</source>
        <translation>Dentro de cada etapa</translation>
    </message>
    <message>
        <source>TAM-RL: across both stages (default), the pretrained decoder stays when no joint epoch validates better; within each stage, the best joint epoch is kept even when it validates worse than the pretrained decoder.</source>
        <translation>TAM-RL: en ambas etapas (por defecto), se conserva el decodificador preentrenado si ninguna época conjunta valida mejor; dentro de cada etapa, se conserva la mejor época conjunta aunque valide peor que el decodificador preentrenado.</translation>
    </message>
    <message>
        <source>Model selection</source>
        <translation>Selección del modelo</translation>
    </message>
    <message>
        <source>On (default): the task encoder also gets the site&apos;s IGBP and Köppen class on every day, as the authors&apos; CarbonBench code does.
Off: drivers only, as the paper describes.</source>
        <translation>Activado (por defecto): el codificador de tareas recibe además cada día la clase IGBP y Köppen del sitio, como hace el código CarbonBench de los autores.
Desactivado: solo los forzantes, como describe el artículo.</translation>
    </message>
</context>
<context>
    <name>fluxlens::TrainingProgressView</name>
    <message>
        <source>Stage 1: decoder pre-training</source>
        <translation>Etapa 1: preentrenamiento del decodificador</translation>
    </message>
    <message>
        <source>Stage 2: joint training (TAM-RL)</source>
        <translation>Etapa 2: entrenamiento conjunto (TAM-RL)</translation>
    </message>
    <message>
        <source>Solid: training loss · dashed: validation loss · one colour per seed (see below)</source>
        <translation>Continua: pérdida de entrenamiento · discontinua: pérdida de validación · un color por semilla (véase abajo)</translation>
    </message>
    <message>
        <source>The training log appears here.</source>
        <translation>Aquí aparece el registro del entrenamiento.</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <source>loss (weighted MSE + α·L_flux)</source>
        <translation>pérdida (MSE ponderado + α·L_flux)</translation>
    </message>
    <message>
        <source>seed %1 validation</source>
        <translation>semilla %1 validación</translation>
    </message>
    <message>
        <source>seed %1 train</source>
        <translation>semilla %1 entrenamiento</translation>
    </message>
    <message>
        <source>Training (single stage)</source>
        <translation>Entrenamiento (una sola etapa)</translation>
    </message>
    <message>
        <source>Seed %1</source>
        <translation>Semilla %1</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>%1 epoch %2/%3, best validation %4</source>
        <translation>%1 época %2/%3, mejor validación %4</translation>
    </message>
    <message>
        <source>joint</source>
        <translation>conjunto</translation>
    </message>
    <message>
        <source>pre-training</source>
        <translation>preentrenamiento</translation>
    </message>
    <message>
        <source>%1 windows/s · elapsed %2 · ETA %3 (at most; early stopping may end a stage sooner)</source>
        <translation>%1 ventanas/s · transcurrido %2 · tiempo restante %3 (como máximo; la parada temprana puede terminar antes una etapa)</translation>
    </message>
    <message>
        <source>elapsed %1</source>
        <translation>transcurrido %1</translation>
    </message>
    <message>
        <source>loss (weighted MSE)</source>
        <translation>pérdida (MSE ponderado)</translation>
    </message>
    <message>
        <source>XGBoost has no epochs: the log below shows each target&apos;s boosting rounds</source>
        <translation>XGBoost no tiene épocas: el registro de abajo muestra las rondas de boosting de cada variable objetivo</translation>
    </message>
</context>
<context>
    <name>fluxlens::TrainingRun</name>
    <message>
        <source>seed %1/%2  %3  epoch %4/%5  train %6</source>
        <translation>semilla %1/%2  %3  época %4/%5  entrenamiento %6</translation>
    </message>
    <message>
        <source>  validation %1</source>
        <translation>  validación %1</translation>
    </message>
    <message>
        <source>  %1 windows/s</source>
        <translation>  %1 ventanas/s</translation>
    </message>
    <message>
        <source>  (best so far: checkpoint kept)</source>
        <translation>  (el mejor hasta ahora: punto de control conservado)</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
</context>
<context>
    <name>fluxlens::UpscaleDialog</name>
    <message>
        <source>Also write monthly means</source>
        <translation>Escribir también medias mensuales</translation>
    </message>
    <message>
        <source>Upscale a model to a map</source>
        <translation>Escalar un modelo a un mapa</translation>
    </message>
    <message>
        <source>Visible map area</source>
        <translation>Área visible del mapa</translation>
    </message>
    <message>
        <source>West, south, east, north in degrees, e.g. 5,45,15,55</source>
        <translation>Oeste, sur, este, norte en grados, p. ej. 5,45,15,55</translation>
    </message>
    <message>
        <source>Region (W,S,E,N):</source>
        <translation>Región (O,S,E,N):</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Resolución:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>Driver map:</source>
        <translation>Mapa de forzantes:</translation>
    </message>
    <message>
        <source>Driver map</source>
        <translation>Mapa de forzantes</translation>
    </message>
    <message>
        <source>Driver maps (*.json);;All files (*)</source>
        <translation>Mapas de forzantes (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Output file:</source>
        <translation>Archivo de salida:</translation>
    </message>
    <message>
        <source>Upscaled map</source>
        <translation>Mapa escalado</translation>
    </message>
    <message>
        <source>NetCDF (*.nc)</source>
        <translation>NetCDF (*.nc)</translation>
    </message>
    <message>
        <source> pixels</source>
        <translation> píxeles</translation>
    </message>
    <message>
        <source>Edge of a tile: memory grows with its square; finished tiles are kept when the run is cancelled and a new run resumes from them</source>
        <translation>Lado de una tesela: la memoria crece con su cuadrado; las teselas terminadas se conservan al cancelar y una nueva ejecución continúa desde ellas</translation>
    </message>
    <message>
        <source>Tile size:</source>
        <translation>Tamaño de tesela:</translation>
    </message>
    <message>
        <source>threads</source>
        <translation>hilos</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Dispositivo:</translation>
    </message>
    <message>
        <source>Upscale</source>
        <translation>Escalar</translation>
    </message>
    <message>
        <source>no model in the library</source>
        <translation>ningún modelo en la biblioteca</translation>
    </message>
    <message>
        <source>Cannot read the model library: %1</source>
        <translation>No se puede leer la biblioteca de modelos: %1</translation>
    </message>
</context>
<context>
    <name>fluxlens::WorldMapWidget</name>
    <message>
        <source>No land shown: %1. Set another land polygon layer under View ▸ Basemap or with FLUXLENS_BASEMAP.</source>
        <translation>No se muestra tierra: %1. Elija otra capa de polígonos de tierra en Ver ▸ Mapa base o con FLUXLENS_BASEMAP.</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) selected</source>
        <translation>
            <numerusform>%n sitio seleccionado</numerusform>
            <numerusform>%n sitios seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;IGBP: %3 (%4)&lt;br&gt;Köppen: %5 (%6)%7&lt;br&gt;Years of data: %8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;IGBP: %3 (%4)&lt;br&gt;Köppen: %5 (%6)%7&lt;br&gt;Años de datos: %8</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Nothing selected to zoom to</source>
        <translation>No hay nada seleccionado a lo que acercarse</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open this site cache.</source>
        <translation>Abrir esta caché de sitios.</translation>
    </message>
    <message>
        <source>Save a screenshot of the window once the sites are shown, then quit.</source>
        <translation>Guardar una captura de la ventana en cuanto se muestren los sitios y después salir.</translation>
    </message>
    <message>
        <source>Write a figure without opening a window: %1.</source>
        <translation>Escribir una figura sin abrir ninguna ventana: %1.</translation>
    </message>
    <message>
        <source>Figure width (default 183).</source>
        <translation>Ancho de la figura (predeterminado 183).</translation>
    </message>
    <message>
        <source>Figure height (default 110).</source>
        <translation>Alto de la figura (predeterminado 110).</translation>
    </message>
    <message>
        <source>PNG resolution (default 300).</source>
        <translation>Resolución PNG (predeterminada 300).</translation>
    </message>
    <message>
        <source>Font size (default 7).</source>
        <translation>Tamaño de letra (predeterminado 7).</translation>
    </message>
    <message>
        <source>Also write the plotted data as CSV.</source>
        <translation>Escribir también los datos representados como CSV.</translation>
    </message>
    <message>
        <source>Open the synthetic demo world (generated on first use).</source>
        <translation>Abrir el mundo de demostración sintético (se genera la primera vez).</translation>
    </message>
    <message>
        <source>--width-mm/--height-mm must be 10-1000, --dpi 50-2400, --font-pt 4-36</source>
        <translation>--width-mm/--height-mm deben estar entre 10 y 1000, --dpi entre 50 y 2400, --font-pt entre 4 y 36</translation>
    </message>
    <message>
        <source>Carbon-flux upscaling with TAM-RL</source>
        <translation>Escalado de flujos de carbono con TAM-RL</translation>
    </message>
    <message>
        <source>Figure file (.png, .svg or .pdf; table1 also .tex or .csv).</source>
        <translation>Archivo de la figura (.png, .svg o .pdf; table1 también .tex o .csv).</translation>
    </message>
    <message>
        <source>Site the figure is about (required for timeseries; highlighted on the map and scatter).</source>
        <translation>Sitio al que se refiere la figura (obligatorio para timeseries; resaltado en el mapa y en la dispersión).</translation>
    </message>
    <message>
        <source>Model the figure is about (scatter, bars, heatmap; default: the TAM-RL model).</source>
        <translation>Modelo al que se refiere la figura (scatter, bars, heatmap; predeterminado: el modelo TAM-RL).</translation>
    </message>
    <message>
        <source>Sites the comparison views and the scatter, bars, heatmap and table1 figures score: all (default) or heldout (the sites every model that records held-out sites held out).</source>
        <translation>Sitios que evalúan las vistas de comparación y las figuras scatter, bars, heatmap y table1: all (predeterminado) o heldout (los sitios que reservó cada modelo que registra sitios reservados).</translation>
    </message>
    <message>
        <source>--sites expects &apos;all&apos; or &apos;heldout&apos;, got &apos;%1&apos;</source>
        <translation>--sites espera &apos;all&apos; o &apos;heldout&apos;, se recibió &apos;%1&apos;</translation>
    </message>
</context>
</TS>
