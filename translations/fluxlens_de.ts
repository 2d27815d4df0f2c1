<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DemoBaselines</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Evaluating the models against the observations</source>
        <translation>Bewerte die Modelle anhand der Beobachtungen</translation>
    </message>
    <message>
        <source>Training the demo models (%1 of %2): %3…</source>
        <translation>Trainiere die Demomodelle (%1 von %2): %3…</translation>
    </message>
    <message>
        <source>%1: this build was made without libxgboost</source>
        <translation>%1: dieser Build wurde ohne libxgboost erstellt</translation>
    </message>
</context>
<context>
    <name>DemoWorld</name>
    <message>
        <source>The demo world is already in %1</source>
        <translation>Die Demowelt ist bereits in %1</translation>
    </message>
    <message>
        <source>Generating the synthetic demo world and importing it through the importers …</source>
        <translation>Erzeuge die synthetische Demowelt und importiere sie über die Importer …</translation>
    </message>
    <message>
        <source>%1 sites, %2 files, %3 site-days: generated in %4 s, imported in %5 s</source>
        <translation>%1 Standorte, %2 Dateien, %3 Standorttage: erzeugt in %4 s, importiert in %5 s</translation>
    </message>
    <message>
        <source>Cancelled; the partial demo cache was removed</source>
        <translation>Abgebrochen; der unvollständige Demo-Cache wurde entfernt</translation>
    </message>
    <message>
        <source>Demo world</source>
        <translation>Demowelt</translation>
    </message>
</context>
<context>
    <name>FigureExports</name>
    <message>
        <source>all days</source>
        <translation>alle Tage</translation>
    </message>
    <message>
        <source>QC = 1 days</source>
        <translation>Tage mit QC = 1</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>8-day means</source>
        <translation>8-Tage-Mittel</translation>
    </message>
    <message>
        <source>monthly means</source>
        <translation>Monatsmittel</translation>
    </message>
    <message>
        <source>no metrics in the cache yet: evaluate the models first (Models ▸ Evaluate all models, or fluxlens-cli evaluate)</source>
        <translation>noch keine Metriken im Cache: bewerten Sie zuerst die Modelle (Modelle ▸ Alle Modelle bewerten oder fluxlens-cli evaluate)</translation>
    </message>
    <message>
        <source>no reference product with metrics in the cache to compare against</source>
        <translation>kein Referenzprodukt mit Metriken im Cache, mit dem verglichen werden könnte</translation>
    </message>
    <message>
        <source>no metrics of &apos;%1&apos;; the cache has metrics of: %2</source>
        <translation>keine Metriken von „%1“; der Cache hat Metriken von: %2</translation>
    </message>
    <message>
        <source>no model with metrics in the cache yet: train and evaluate a model first</source>
        <translation>noch kein Modell mit Metriken im Cache: trainieren und bewerten Sie zuerst ein Modell</translation>
    </message>
    <message>
        <source>no metrics of a model &apos;%1&apos;; the cache has metrics of: %2</source>
        <translation>keine Metriken eines Modells „%1“; der Cache hat Metriken von: %2</translation>
    </message>
    <message>
        <source>no site chosen for the time series</source>
        <translation>kein Standort für die Zeitreihe gewählt</translation>
    </message>
    <message>
        <source>%1: no daily data in the cache</source>
        <translation>%1: keine Tagesdaten im Cache</translation>
    </message>
    <message>
        <source>%1 %2 at %3</source>
        <translation>%1 %2 am Standort %3</translation>
    </message>
    <message>
        <source>time series</source>
        <translation>Zeitreihe</translation>
    </message>
    <message>
        <source>Site %1; series: %2; period %3 to %4; metric: %5 %6 (%7)</source>
        <translation>Standort %1; Reihen: %2; Zeitraum %3 bis %4; Metrik: %5 %6 (%7)</translation>
    </message>
    <message>
        <source>no site has %1 metrics of both %2 and %3</source>
        <translation>kein Standort hat %1-Metriken sowohl von %2 als auch von %3</translation>
    </message>
    <message>
        <source>%1 against %2 per site</source>
        <translation>%1 gegenüber %2 je Standort</translation>
    </message>
    <message>
        <source>Sites: %1 with metrics of both; model %2 against %3; period: each site&apos;s evaluated days (%4); metric: %5 RMSE (%6) and R²</source>
        <translation>Standorte: %1 mit Metriken beider; Modell %2 gegenüber %3; Zeitraum: die bewerteten Tage jedes Standorts (%4); Metrik: %5-RMSE (%6) und R²</translation>
    </message>
    <message>
        <source>no site with %1 metrics of %2</source>
        <translation>kein Standort mit %1-Metriken von %2</translation>
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
        <translation>Mittlerer %1-RMSE nach %2-Klasse</translation>
    </message>
    <message>
        <source>Sites: all with metrics, by %1 class; models: %2; period: each site&apos;s evaluated days (%3); metric: mean %4 RMSE (%5) ± 1 sd across sites</source>
        <translation>Standorte: alle mit Metriken, nach %1-Klasse; Modelle: %2; Zeitraum: die bewerteten Tage jedes Standorts (%3); Metrik: mittlerer %4-RMSE (%5) ± 1 SD über die Standorte</translation>
    </message>
    <message>
        <source>no model other than %1 with metrics to compare</source>
        <translation>kein anderes Modell als %1 mit Metriken zum Vergleichen</translation>
    </message>
    <message>
        <source>no IGBP class with %1 metrics of both %2 and %3</source>
        <translation>keine IGBP-Klasse mit %1-Metriken sowohl von %2 als auch von %3</translation>
    </message>
    <message>
        <source>Relative %1 RMSE against %2 by IGBP class</source>
        <translation>Relativer %1-RMSE gegenüber %2 nach IGBP-Klasse</translation>
    </message>
    <message>
        <source>Sites: all with metrics of both, by IGBP class; models: %1 against %2; period: each site&apos;s evaluated days (%3); metric: relative %4 RMSE, (RMSE_ref − RMSE_model) / RMSE_ref</source>
        <translation>Standorte: alle mit Metriken beider, nach IGBP-Klasse; Modelle: %1 gegenüber %2; Zeitraum: die bewerteten Tage jedes Standorts (%3); Metrik: relativer %4-RMSE, (RMSE_ref − RMSE_model) / RMSE_ref</translation>
    </message>
    <message>
        <source>(RMSE_ref − RMSE_model) / RMSE_ref, %1; blue: the model is better</source>
        <translation>(RMSE_ref − RMSE_model) / RMSE_ref, %1; blau: das Modell ist besser</translation>
    </message>
    <message>
        <source>Table 1: RMSE and R² averaged across sites</source>
        <translation>Tabelle 1: RMSE und R² gemittelt über die Standorte</translation>
    </message>
    <message>
        <source>Sites: %1 with metrics; models: %2; period: each site&apos;s evaluated days (all days and QC = 1 days); metric: mean GPP and NEE RMSE (%3) and R²</source>
        <translation>Standorte: %1 mit Metriken; Modelle: %2; Zeitraum: die bewerteten Tage jedes Standorts (alle Tage und Tage mit QC = 1); Metrik: mittlerer GPP- und NEE-RMSE (%3) und R²</translation>
    </message>
    <message>
        <source>%1: Table 1 is written as .tex (LaTeX) or .csv</source>
        <translation>%1: Tabelle 1 wird als .tex (LaTeX) oder .csv geschrieben</translation>
    </message>
    <message>
        <source>%1: nothing to evaluate: no predictions or no flux observations at the sites with metrics</source>
        <translation>%1: nichts zu bewerten: keine Vorhersagen oder keine Flussbeobachtungen an den Standorten mit Metriken</translation>
    </message>
    <message>
        <source>; sites scored: %1</source>
        <translation>; bewertete Standorte: %1</translation>
    </message>
    <message>
        <source>Table 1: RMSE and R² averaged across held-out sites</source>
        <translation>Tabelle 1: RMSE und R² gemittelt über die zurückgehaltenen Standorte</translation>
    </message>
</context>
<context>
    <name>HeadlessExport</name>
    <message>
        <source>FluxLens map of flux towers</source>
        <translation>FluxLens-Karte der Flussmesstürme</translation>
    </message>
    <message>
        <source>unknown figure &apos;%1&apos;; this build exports: %2</source>
        <translation>unbekannte Abbildung „%1“; dieser Build exportiert: %2</translation>
    </message>
    <message>
        <source>--export needs --cache FILE and --out FILE</source>
        <translation>--export braucht --cache DATEI und --out DATEI</translation>
    </message>
    <message>
        <source>--export timeseries needs --site ID</source>
        <translation>--export timeseries braucht --site ID</translation>
    </message>
    <message>
        <source>%1: Table 1 is written as .png, .svg, .pdf, .tex or .csv</source>
        <translation>%1: Tabelle 1 wird als .png, .svg, .pdf, .tex oder .csv geschrieben</translation>
    </message>
    <message>
        <source>%1: the file must end in .png, .svg or .pdf</source>
        <translation>%1: die Datei muss auf .png, .svg oder .pdf enden</translation>
    </message>
    <message>
        <source>%1: no such cache file</source>
        <translation>%1: diese Cache-Datei gibt es nicht</translation>
    </message>
    <message>
        <source>%1: no site %2 in the cache</source>
        <translation>%1: kein Standort %2 im Cache</translation>
    </message>
    <message>
        <source>%1: --sites heldout: %2</source>
        <translation>%1: --sites heldout: %2</translation>
    </message>
    <message>
        <source>--sites expects &apos;all&apos; or &apos;heldout&apos;, got &apos;%1&apos;</source>
        <translation>--sites erwartet &apos;all&apos; oder &apos;heldout&apos;, erhalten: &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>KoppenSource</name>
    <message>
        <source>from the site&apos;s metadata</source>
        <translation>aus den Metadaten des Standorts</translation>
    </message>
    <message>
        <source>from the Köppen–Geiger map at the site</source>
        <translation>aus der Köppen-Geiger-Karte am Standort</translation>
    </message>
    <message>
        <source>derived from 20+ years of the site&apos;s climate</source>
        <translation>aus mindestens 20 Jahren Klima des Standorts abgeleitet</translation>
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
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>IGBP land cover</source>
        <translation>IGBP-Landbedeckung</translation>
    </message>
</context>
<context>
    <name>MapFigure</name>
    <message>
        <source>Flux towers (%1 sites), %2, coloured by %3</source>
        <translation>Flussmesstürme (%1 Standorte), %2, eingefärbt nach %3</translation>
    </message>
    <message>
        <source>%1; over the map %2 (%3), %4</source>
        <translation>%1; auf der Karte %2 (%3), %4</translation>
    </message>
</context>
<context>
    <name>MapMenus</name>
    <message>
        <source>Köppen–Geiger class</source>
        <translation>Köppen–Geiger-Klasse</translation>
    </message>
    <message>
        <source>IGBP land cover</source>
        <translation>IGBP-Landbedeckung</translation>
    </message>
</context>
<context>
    <name>MetricMapColoring</name>
    <message>
        <source>%1 RMSE of %2 vs %3 (%4)</source>
        <translation>%1-RMSE von %2 gegenüber %3 (%4)</translation>
    </message>
    <message>
        <source>%1 has a lower RMSE than %2</source>
        <translation>%1 hat einen niedrigeren RMSE als %2</translation>
    </message>
    <message>
        <source>%1 has a higher RMSE than %2</source>
        <translation>%1 hat einen höheren RMSE als %2</translation>
    </message>
    <message>
        <source>equal RMSE</source>
        <translation>gleicher RMSE</translation>
    </message>
    <message>
        <source>no figure</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>no metric for both at this site</source>
        <translation>an diesem Standort keine Metrik für beide</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>&lt;h3&gt;What FiLM does&lt;/h3&gt;&lt;p&gt;TAM-RL predicts a site&apos;s carbon fluxes with one shared network, the &lt;b&gt;decoder&lt;/b&gt; (an LSTM that reads 45 days of weather and satellite data). What makes each site different is a short vector, the site&apos;s &lt;b&gt;task embedding&lt;/b&gt;: a &lt;b&gt;task encoder&lt;/b&gt; reads a few years of the site&apos;s drivers and summarises &quot;what kind of place this is&quot;.&lt;/p&gt;&lt;p&gt;A small generator network turns the embedding into &lt;b&gt;FiLM parameters&lt;/b&gt; (feature-wise linear modulation): for every input feature a scale γ1 and a shift β1, and for every hidden unit of the decoder a scale γ2 and a shift β2. Each value x becomes &lt;i&gt;γ·x + β&lt;/i&gt;. γ = 1 and β = 0 change nothing; the bars show how far each site&apos;s settings are from that.&lt;/p&gt;&lt;h3&gt;Try this&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Modulation scale&lt;/b&gt; at 0 switches FiLM off: every site gets the same bare decoder. At 1 you see the model as trained; at 2 every γ and β is pushed twice as far from &quot;no change&quot;. Watch the red curve move away from or towards the observations.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Borrow an embedding&lt;/b&gt;: choose site B and move the mix slider. Site A keeps its own weather but is told it is (partly) site B. If the prediction changes a lot, the embedding carries real information about the site.&lt;/li&gt;&lt;li&gt;&lt;b&gt;The map&lt;/b&gt; places every site by its embedding (first two principal components). Colour it by climate or land cover: neighbours on the map are sites the encoder found alike. In the demo world you can colour by the hidden parameters the data were made with; a smooth colour gradient means the encoder rediscovered them from drivers alone.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Was FiLM tut&lt;/h3&gt;&lt;p&gt;TAM-RL sagt die Kohlenstoffflüsse eines Standorts mit einem gemeinsamen Netz vorher, dem &lt;b&gt;Decoder&lt;/b&gt; (ein LSTM, das 45 Tage Wetter- und Satellitendaten liest). Was jeden Standort unterscheidet, ist ein kurzer Vektor, die &lt;b&gt;Aufgabeneinbettung&lt;/b&gt; des Standorts: ein &lt;b&gt;Aufgaben-Encoder&lt;/b&gt; liest einige Jahre der Antriebsdaten des Standorts und fasst zusammen, „was für ein Ort das ist“.&lt;/p&gt;&lt;p&gt;Ein kleines Generatornetz macht aus der Einbettung &lt;b&gt;FiLM-Parameter&lt;/b&gt; (merkmalsweise lineare Modulation): für jedes Eingangsmerkmal eine Skalierung γ1 und eine Verschiebung β1, für jede verborgene Einheit des Decoders eine Skalierung γ2 und eine Verschiebung β2. Jeder Wert x wird zu &lt;i&gt;γ·x + β&lt;/i&gt;. γ = 1 und β = 0 ändern nichts; die Balken zeigen, wie weit die Einstellungen jedes Standorts davon entfernt sind.&lt;/p&gt;&lt;h3&gt;Probieren Sie&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Modulationsstärke&lt;/b&gt; 0 schaltet FiLM ab: jeder Standort bekommt denselben nackten Decoder. Bei 1 sehen Sie das Modell wie trainiert; bei 2 wird jedes γ und β doppelt so weit von „keine Änderung“ weggeschoben. Beobachten Sie, wie sich die rote Kurve von den Beobachtungen entfernt oder ihnen nähert.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Eine Einbettung leihen&lt;/b&gt;: wählen Sie Standort B und bewegen Sie den Mischregler. Standort A behält sein eigenes Wetter, bekommt aber gesagt, er sei (teilweise) Standort B. Ändert sich die Vorhersage stark, trägt die Einbettung echte Information über den Standort.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Die Karte&lt;/b&gt; ordnet jeden Standort nach seiner Einbettung an (die ersten beiden Hauptkomponenten). Färben Sie sie nach Klima oder Landbedeckung: Nachbarn auf der Karte sind Standorte, die der Encoder für ähnlich hält. In der Demowelt können Sie nach den verborgenen Parametern färben, mit denen die Daten erzeugt wurden; ein glatter Farbverlauf heißt, dass der Encoder sie allein aus den Antriebsdaten wiederentdeckt hat.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Scale 0: FiLM is off, this is the bare decoder (the same for every site).</source>
        <translation>Stärke 0: FiLM ist aus, das ist der nackte Decoder (für jeden Standort gleich).</translation>
    </message>
    <message>
        <source>Scale 1: the model as trained.</source>
        <translation>Stärke 1: das Modell wie trainiert.</translation>
    </message>
    <message>
        <source>Scale %1: between the bare decoder and the model as trained.</source>
        <translation>Stärke %1: zwischen dem nackten Decoder und dem Modell wie trainiert.</translation>
    </message>
    <message>
        <source>Scale %1: modulation exaggerated beyond what was learned.</source>
        <translation>Stärke %1: Modulation über das Gelernte hinaus übertrieben.</translation>
    </message>
    <message>
        <source>Embedding: %1 % from %2.</source>
        <translation>Einbettung: %1 % von %2.</translation>
    </message>
    <message>
        <source>Embedding: the site&apos;s own.</source>
        <translation>Einbettung: die des Standorts selbst.</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>no site_id column: not a demo hidden-parameter file</source>
        <translation>keine Spalte site_id: keine Datei mit verborgenen Demo-Parametern</translation>
    </message>
    <message>
        <source>%1 fields, the header has %2</source>
        <translation>%1 Felder, die Kopfzeile hat %2</translation>
    </message>
    <message>
        <source>%1 is not a number: &quot;%2&quot;</source>
        <translation>%1 ist keine Zahl: „%2“</translation>
    </message>
    <message>
        <source>no sites</source>
        <translation>keine Standorte</translation>
    </message>
    <message>
        <source>%1 RMSE %2, R² %3</source>
        <translation>%1 RMSE %2, R² %3</translation>
    </message>
    <message>
        <source>No model folder given</source>
        <translation>Kein Modellordner angegeben</translation>
    </message>
    <message>
        <source>Not a usable model: %1</source>
        <translation>Kein verwendbares Modell: %1</translation>
    </message>
    <message>
        <source>%1: not a usable model: %2</source>
        <translation>%1: kein verwendbares Modell: %2</translation>
    </message>
    <message>
        <source>A model named &quot;%1&quot; is already registered (folder %2): delete it in the model library before loading %3</source>
        <translation>Ein Modell namens „%1“ ist bereits registriert (Ordner %2): löschen Sie es in der Modellbibliothek, bevor Sie %3 laden</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1: no model named &quot;%2&quot;</source>
        <translation>%1: kein Modell namens „%2“</translation>
    </message>
    <message>
        <source>Model &quot;%1&quot; has no folder: it cannot predict (load its folder)</source>
        <translation>Modell „%1“ hat keinen Ordner: es kann nicht vorhersagen (laden Sie seinen Ordner)</translation>
    </message>
    <message>
        <source>Loading %1</source>
        <translation>Lade %1</translation>
    </message>
    <message>
        <source>Cancelled: predictions stored for %1 of %2 sites</source>
        <translation>Abgebrochen: Vorhersagen für %1 von %2 Standorten gespeichert</translation>
    </message>
    <message>
        <source>Predictions of &quot;%1&quot; stored for %2 sites</source>
        <translation>Vorhersagen von „%1“ für %2 Standorte gespeichert</translation>
    </message>
    <message>
        <source>Reading observations and predictions</source>
        <translation>Lese Beobachtungen und Vorhersagen</translation>
    </message>
    <message>
        <source>Metrics stored for %1 site figures</source>
        <translation>Metriken für %1 Standortwerte gespeichert</translation>
    </message>
    <message>
        <source>No model named &quot;%1&quot; in the cache</source>
        <translation>Kein Modell namens „%1“ im Cache</translation>
    </message>
    <message>
        <source>%1 holds no model.json: its files were left alone</source>
        <translation>%1 enthält keine model.json: seine Dateien wurden nicht angerührt</translation>
    </message>
    <message>
        <source>Could not delete %1</source>
        <translation>%1 konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 trained, %2 held out</source>
        <translation>%1 trainiert, %2 zurückgehalten</translation>
    </message>
    <message>
        <source>Give the model a name: its predictions are stored under it.</source>
        <translation>Geben Sie dem Modell einen Namen: seine Vorhersagen werden darunter gespeichert.</translation>
    </message>
    <message>
        <source>The model name must not start or end with spaces.</source>
        <translation>Der Modellname darf nicht mit Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>A model named &quot;%1&quot; is already in the cache: choose another name or delete that model in the model library first.</source>
        <translation>Ein Modell namens „%1“ ist bereits im Cache: wählen Sie einen anderen Namen oder löschen Sie zuerst dieses Modell in der Modellbibliothek.</translation>
    </message>
    <message>
        <source>Invalid hyperparameters: %1</source>
        <translation>Ungültige Hyperparameter: %1</translation>
    </message>
    <message>
        <source>Device &quot;cuda&quot; was chosen but this LibTorch build has no usable CUDA device: choose &quot;cpu&quot; or &quot;auto&quot;.</source>
        <translation>Gerät „cuda“ wurde gewählt, aber dieser LibTorch-Build hat kein nutzbares CUDA-Gerät: wählen Sie „cpu“ oder „auto“.</translation>
    </message>
    <message>
        <source>Only TAM-RL has a task encoder: &quot;encoder sees fluxes&quot; needs model kind TAM-RL.</source>
        <translation>Nur TAM-RL hat einen Aufgaben-Encoder: „Encoder sieht Flüsse“ braucht die Modellart TAM-RL.</translation>
    </message>
    <message>
        <source>%1 trains in stage 1 only: give it at least one stage 1 epoch.</source>
        <translation>%1 trainiert nur in Stufe 1: geben Sie ihm mindestens eine Epoche in Stufe 1.</translation>
    </message>
    <message>
        <source>TAM-RL needs at least one joint (stage 2) epoch: with none its FiLM generator is never trained.</source>
        <translation>TAM-RL braucht mindestens eine gemeinsame Epoche (Stufe 2): ohne sie wird sein FiLM-Generator nie trainiert.</translation>
    </message>
    <message>
        <source>The held-out share must lie between 0 and 0.8 so that sites are left to train on.</source>
        <translation>Der zurückgehaltene Anteil muss zwischen 0 und 0,8 liegen, damit Standorte zum Trainieren übrig bleiben.</translation>
    </message>
    <message>
        <source>Held-out share plus validation share (%1) leave almost no training sites.</source>
        <translation>Zurückgehaltener Anteil plus Validierungsanteil (%1) lassen fast keine Trainingsstandorte übrig.</translation>
    </message>
    <message>
        <source>The held-out site list %1 does not exist.</source>
        <translation>Die Liste zurückgehaltener Standorte %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Choose a folder for the model.</source>
        <translation>Wählen Sie einen Ordner für das Modell.</translation>
    </message>
    <message>
        <source>The model folder %1 is a file.</source>
        <translation>Der Modellordner %1 ist eine Datei.</translation>
    </message>
    <message>
        <source>The model folder %1 holds other files: choose an empty folder.</source>
        <translation>Der Modellordner %1 enthält andere Dateien: wählen Sie einen leeren Ordner.</translation>
    </message>
    <message>
        <source>%1: site %2 is not in the cache and was ignored</source>
        <translation>%1: Standort %2 ist nicht im Cache und wurde ignoriert</translation>
    </message>
    <message>
        <source>%1: no such cache file</source>
        <translation>%1: diese Cache-Datei gibt es nicht</translation>
    </message>
    <message>
        <source>Reading the sites of %1</source>
        <translation>Lese die Standorte von %1</translation>
    </message>
    <message>
        <source>%1 sites: %2 held out, never seen in training</source>
        <translation>%1 Standorte: %2 zurückgehalten, im Training nie gesehen</translation>
    </message>
    <message>
        <source>Cancelled: saving the best checkpoint so far</source>
        <translation>Abgebrochen: der bisher beste Checkpoint wird gespeichert</translation>
    </message>
    <message>
        <source>Model saved to %1</source>
        <translation>Modell gespeichert in %1</translation>
    </message>
    <message>
        <source>Registered as &quot;%1&quot; in the cache</source>
        <translation>Als „%1“ im Cache registriert</translation>
    </message>
    <message>
        <source>No predictions stored: use Predict in the model library.</source>
        <translation>Keine Vorhersagen gespeichert: verwenden Sie „Vorhersagen“ in der Modellbibliothek.</translation>
    </message>
    <message>
        <source>Predictions stored for %1 of %2 sites only: use Predict in the model library to complete them.</source>
        <translation>Vorhersagen nur für %1 von %2 Standorten gespeichert: verwenden Sie „Vorhersagen“ in der Modellbibliothek, um sie zu vervollständigen.</translation>
    </message>
    <message>
        <source>Predictions stored for %1 sites</source>
        <translation>Vorhersagen für %1 Standorte gespeichert</translation>
    </message>
    <message>
        <source>Choose at least one target (GPP, RECO or NEE) to train.</source>
        <translation>Wählen Sie mindestens eine Zielgröße (GPP, RECO oder NEE) zum Trainieren.</translation>
    </message>
    <message>
        <source>No cache is open</source>
        <translation>Kein Cache geöffnet</translation>
    </message>
    <message>
        <source>Compacting %1 (%2); this cannot be cancelled once started</source>
        <translation>%1 (%2) wird komprimiert; das lässt sich nach dem Start nicht abbrechen</translation>
    </message>
    <message>
        <source>Compacted %1: %2 before, %3 after (%4 %)</source>
        <translation>%1 komprimiert: vorher %2, nachher %3 (%4 %)</translation>
    </message>
    <message>
        <source>XGBoost needs between 1 and 100000 boosting rounds.</source>
        <translation>XGBoost braucht zwischen 1 und 100000 Boosting-Runden.</translation>
    </message>
    <message>
        <source>Left out for lack of the %1 drivers: %2</source>
        <translation>Mangels der %1-Antriebsdaten ausgelassen: %2</translation>
    </message>
    <message>
        <source>Features (%1): %2</source>
        <translation>Merkmale (%1): %2</translation>
    </message>
    <message>
        <source>%1: %2 site(s) with these drivers; training needs at least 3</source>
        <translation>%1: %2 Standort(e) mit diesen Antriebsdaten; das Training braucht mindestens 3</translation>
    </message>
    <message>
        <source>%1 round %2/%3  validation RMSE %4  best round %5</source>
        <translation>%1 Runde %2/%3  Validierungs-RMSE %4  beste Runde %5</translation>
    </message>
    <message>
        <source>This FluxLens was built without XGBoost (libxgboost).</source>
        <translation>Dieses FluxLens wurde ohne XGBoost (libxgboost) gebaut.</translation>
    </message>
    <message numerus="yes">
        <source> (%n site(s))</source>
        <translation>
            <numerusform> (%n Standort)</numerusform>
            <numerusform> (%n Standorte)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RasterLayerMenu</name>
    <message>
        <source>Gridded files (*.nc *.nc4 *.h5 *.hdf5 *.zarr);;All files (*)</source>
        <translation>Rasterdateien (*.nc *.nc4 *.h5 *.hdf5 *.zarr);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open a gridded file (upscaled map, FLUXCOM-X-BASE, …)</source>
        <translation>Rasterdatei öffnen (hochskalierte Karte, FLUXCOM-X-BASE, …)</translation>
    </message>
    <message>
        <source>Open &amp;raster layer…</source>
        <translation>&amp;Rasterebene öffnen…</translation>
    </message>
    <message>
        <source>Product to subtract from the map (e.g. FLUXCOM-X-BASE)</source>
        <translation>Von der Karte abzuziehendes Produkt (z. B. FLUXCOM-X-BASE)</translation>
    </message>
    <message>
        <source>Raster layer: %1</source>
        <translation>Rasterebene: %1</translation>
    </message>
</context>
<context>
    <name>UpscaleFormChecks</name>
    <message>
        <source>Region: %1</source>
        <translation>Region: %1</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3 days: %4 M pixel-days</source>
        <translation>%1 × %2 Pixel, %3 Tage: %4 Mio. Pixeltage</translation>
    </message>
    <message>
        <source>Period: the first day must not be after the last</source>
        <translation>Zeitraum: Der erste Tag darf nicht nach dem letzten liegen</translation>
    </message>
    <message>
        <source>Model: choose a model from the library</source>
        <translation>Modell: Wählen Sie ein Modell aus der Bibliothek</translation>
    </message>
    <message>
        <source>Model: its folder %1 is missing</source>
        <translation>Modell: Sein Ordner %1 fehlt</translation>
    </message>
    <message>
        <source>Drivers: choose a driver map (JSON)</source>
        <translation>Antriebe: Wählen Sie eine Antriebszuordnung (JSON)</translation>
    </message>
    <message>
        <source>Drivers: %1</source>
        <translation>Antriebe: %1</translation>
    </message>
    <message>
        <source>Output: a NetCDF file name ending in .nc</source>
        <translation>Ausgabe: ein NetCDF-Dateiname mit der Endung .nc</translation>
    </message>
    <message>
        <source>Output: the folder %1 does not exist</source>
        <translation>Ausgabe: Der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>Output: the folder %1 is not writable</source>
        <translation>Ausgabe: Der Ordner %1 ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>Tile size and threads must be at least 1</source>
        <translation>Kachelgröße und Threads müssen mindestens 1 sein</translation>
    </message>
</context>
<context>
    <name>UpscaleMenu</name>
    <message>
        <source>Show on the map</source>
        <translation>Auf der Karte zeigen</translation>
    </message>
    <message>
        <source>Upscaled map written to %1: %2</source>
        <translation>Hochskalierte Karte nach %1 geschrieben: %2</translation>
    </message>
    <message>
        <source>Upscaling to %1 cancelled; the finished tiles are kept and the same run resumes from them</source>
        <translation>Hochskalierung nach %1 abgebrochen; die fertigen Kacheln bleiben erhalten und derselbe Lauf setzt dort fort</translation>
    </message>
    <message>
        <source>Upscaling failed: %1</source>
        <translation>Hochskalierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>&amp;Upscale to a map…</source>
        <translation>Auf eine Karte &amp;hochskalieren…</translation>
    </message>
    <message>
        <source>This build has no upscaling engine (fluxlens_upscale)</source>
        <translation>Dieser Build enthält keine Hochskalierung (fluxlens_upscale)</translation>
    </message>
</context>
<context>
    <name>UpscaleRunner</name>
    <message>
        <source>Upscale</source>
        <translation>Hochskalieren</translation>
    </message>
    <message>
        <source>%1 land pixels, %2 M pixel-days in %3 s (%4 tiles computed, %5 resumed; memory bound %6 MiB)</source>
        <translation>%1 Landpixel, %2 Mio. Pixeltage in %3 s (%4 Kacheln berechnet, %5 fortgesetzt; Speichergrenze %6 MiB)</translation>
    </message>
</context>
<context>
    <name>ViewExport</name>
    <message>
        <source> and %1</source>
        <translation> und %1</translation>
    </message>
    <message>
        <source>%1 written to %2</source>
        <translation>%1 geschrieben nach %2</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>Export Table 1</source>
        <translation>Tabelle 1 exportieren</translation>
    </message>
    <message>
        <source>LaTeX table (*.tex);;CSV table (*.csv)</source>
        <translation>LaTeX-Tabelle (*.tex);;CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>Table 1 written to %1</source>
        <translation>Tabelle 1 geschrieben nach %1</translation>
    </message>
    <message>
        <source>Export of Table 1</source>
        <translation>Export von Tabelle 1</translation>
    </message>
    <message>
        <source>Evaluating the models for %1</source>
        <translation>Modelle werden für %1 ausgewertet</translation>
    </message>
</context>
<context>
    <name>fluxlens::AboutDialog</name>
    <message>
        <source>About FluxLens</source>
        <translation>Über FluxLens</translation>
    </message>
    <message>
        <source>&lt;h2&gt;FluxLens %1&lt;/h2&gt;&lt;p&gt;Carbon-flux upscaling with task-aware modulation (TAM-RL): explore flux towers, train and compare models, export figures.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;FluxLens %1&lt;/h2&gt;&lt;p&gt;Hochskalierung von Kohlenstoffflüssen mit aufgabenbewusster Modulation (TAM-RL): Flussmesstürme erkunden, Modelle trainieren und vergleichen, Abbildungen exportieren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not built in</source>
        <translation>nicht eingebaut</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Libraries&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Bibliotheken&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Data shown&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Coastlines&lt;/b&gt;: GSHHG (Wessel &amp;amp; Smith), GNU LGPL, as packaged by Debian&apos;s python-cartopy-data; or the land layer you chose.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Köppen–Geiger map, palette and rules&lt;/b&gt;: Beck et al. (2018), Sci. Data 5:180214, CC BY 4.0; the present-day map at 0.083° ships with FluxLens.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Flux-tower data&lt;/b&gt; you import keep their own licences: FLUXNET2015, AmeriFlux FLUXNET and ICOS data are CC BY 4.0 — cite each site&apos;s PI and DOI.&lt;/li&gt;&lt;li&gt;&lt;b&gt;The demo world&lt;/b&gt; is synthetic, generated on this computer: its sites (IDs ZZ-…) are not real towers.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Angezeigte Daten&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Küstenlinien&lt;/b&gt;: GSHHG (Wessel &amp;amp; Smith), GNU LGPL, wie von Debians python-cartopy-data paketiert; oder die von Ihnen gewählte Landebene.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Köppen–Geiger-Karte, -Palette und -Regeln&lt;/b&gt;: Beck et al. (2018), Sci. Data 5:180214, CC BY 4.0; die heutige Karte mit 0,083° wird mit FluxLens ausgeliefert.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Daten von Flussmesstürmen&lt;/b&gt;, die Sie importieren, behalten ihre eigenen Lizenzen: FLUXNET2015-, AmeriFlux-FLUXNET- und ICOS-Daten stehen unter CC BY 4.0 — zitieren Sie PI und DOI jedes Standorts.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Die Demowelt&lt;/b&gt; ist synthetisch und wird auf diesem Computer erzeugt: ihre Standorte (IDs ZZ-…) sind keine echten Messtürme.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>fluxlens::AnalysisDocks</name>
    <message>
        <source>RMSE improvement over the reference</source>
        <translation>RMSE-Verbesserung gegenüber der Referenz</translation>
    </message>
    <message>
        <source>Time series</source>
        <translation>Zeitreihe</translation>
    </message>
    <message>
        <source>Site metrics</source>
        <translation>Standortmetriken</translation>
    </message>
    <message>
        <source>Per-site scatter</source>
        <translation>Streudiagramm je Standort</translation>
    </message>
    <message>
        <source>Class bars</source>
        <translation>Klassenbalken</translation>
    </message>
    <message>
        <source>Relative RMSE</source>
        <translation>Relativer RMSE</translation>
    </message>
    <message>
        <source>Table 1</source>
        <translation>Tabelle 1</translation>
    </message>
    <message>
        <source>Model library</source>
        <translation>Modellbibliothek</translation>
    </message>
    <message>
        <source>FiLM lab</source>
        <translation>FiLM-Labor</translation>
    </message>
    <message>
        <source>&amp;Train a model…</source>
        <translation>Modell &amp;trainieren…</translation>
    </message>
    <message>
        <source>&amp;Evaluate all models</source>
        <translation>Alle Modelle &amp;bewerten</translation>
    </message>
    <message>
        <source>Training needs LibTorch</source>
        <translation>Training braucht LibTorch</translation>
    </message>
    <message>
        <source>This build was made without LibTorch: rebuild with libtorch-dev installed</source>
        <translation>Dieser Build wurde ohne LibTorch erstellt: mit installiertem libtorch-dev neu bauen</translation>
    </message>
    <message>
        <source>No metrics of a model and a reference product yet: train and evaluate models first (Models menu)</source>
        <translation>Noch keine Metriken eines Modells und eines Referenzprodukts: zuerst Modelle trainieren und bewerten (Menü Modelle)</translation>
    </message>
    <message>
        <source>Towers coloured by the GPP RMSE improvement of %1 over %2</source>
        <translation>Messtürme eingefärbt nach der GPP-RMSE-Verbesserung von %1 gegenüber %2</translation>
    </message>
    <message>
        <source>&amp;Time series…</source>
        <translation>&amp;Zeitreihe…</translation>
    </message>
    <message>
        <source>time series</source>
        <translation>Zeitreihe</translation>
    </message>
    <message>
        <source>Per-site &amp;scatter…</source>
        <translation>&amp;Streudiagramm je Standort…</translation>
    </message>
    <message>
        <source>scatter</source>
        <translation>Streudiagramm</translation>
    </message>
    <message>
        <source>&amp;Class bars…</source>
        <translation>&amp;Klassenbalken…</translation>
    </message>
    <message>
        <source>class bars</source>
        <translation>Klassenbalken</translation>
    </message>
    <message>
        <source>Relative RMSE &amp;heatmap…</source>
        <translation>&amp;Heatmap des relativen RMSE…</translation>
    </message>
    <message>
        <source>heatmap</source>
        <translation>Heatmap</translation>
    </message>
    <message>
        <source>Table &amp;1 (LaTeX, CSV)…</source>
        <translation>Tabelle &amp;1 (LaTeX, CSV)…</translation>
    </message>
    <message>
        <source>Table 1 as a &amp;figure…</source>
        <translation>Tabelle 1 als &amp;Abbildung…</translation>
    </message>
    <message>
        <source>Select a site first: the time series shows the current site</source>
        <translation>Wählen Sie zuerst einen Standort: die Zeitreihe zeigt den aktuellen Standort</translation>
    </message>
    <message>
        <source>Run the paper&apos;s e&amp;xperiment…</source>
        <translation>&amp;Experiment des Artikels ausführen…</translation>
    </message>
    <message>
        <source>Open a cache first</source>
        <translation>Zuerst einen Cache öffnen</translation>
    </message>
    <message>
        <source>&amp;FiLM lab</source>
        <translation>&amp;FiLM-Labor</translation>
    </message>
    <message>
        <source>Open a cache first: models are trained on its sites</source>
        <translation>Öffnen Sie zuerst einen Cache: Modelle werden auf seinen Standorten trainiert</translation>
    </message>
</context>
<context>
    <name>fluxlens::BackgroundJob</name>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
</context>
<context>
    <name>fluxlens::CacheSession</name>
    <message>
        <source>No cache is open</source>
        <translation>Kein Cache geöffnet</translation>
    </message>
    <message>
        <source>sites or imported data</source>
        <translation>Standorte oder importierte Daten</translation>
    </message>
    <message>
        <source>models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>predictions</source>
        <translation>Vorhersagen</translation>
    </message>
    <message>
        <source>metrics</source>
        <translation>Metriken</translation>
    </message>
</context>
<context>
    <name>fluxlens::ClassBarsChart</name>
    <message>
        <source>Mean %1 RMSE by %2 class (%3)</source>
        <translation>Mittlerer %1-RMSE nach %2-Klasse (%3)</translation>
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
        <translation>Klassen:</translation>
    </message>
    <message>
        <source>Error bars: ±1 standard deviation across the sites of a class (classes with more than one site)</source>
        <translation>Fehlerbalken: ±1 Standardabweichung über die Standorte einer Klasse (Klassen mit mehr als einem Standort)</translation>
    </message>
</context>
<context>
    <name>fluxlens::CompareData</name>
    <message>
        <source>No model in this cache records its held-out sites: train with a held-out split (Models ▸ Train a model…, or fluxlens-cli train --holdout-fraction) to score sites the models never saw</source>
        <translation>Kein Modell in diesem Cache verzeichnet seine zurückgehaltenen Standorte: Trainieren Sie mit einer zurückgehaltenen Teilmenge (Modelle ▸ Modell trainieren…, oder fluxlens-cli train --holdout-fraction), um Standorte zu bewerten, die die Modelle nie gesehen haben</translation>
    </message>
    <message>
        <source>The held-out sites of %1 have no site in common</source>
        <translation>Die zurückgehaltenen Standorte von %1 haben keinen Standort gemeinsam</translation>
    </message>
    <message>
        <source>all sites</source>
        <translation>alle Standorte</translation>
    </message>
    <message numerus="yes">
        <source>held-out sites only (%n)</source>
        <translation>
            <numerusform>nur zurückgehaltene Standorte (%n)</numerusform>
            <numerusform>nur zurückgehaltene Standorte (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fluxlens::DemoController</name>
    <message>
        <source>Demo world</source>
        <translation>Demowelt</translation>
    </message>
    <message>
        <source>Demo models</source>
        <translation>Demomodelle</translation>
    </message>
    <message>
        <source>The demo world could not be prepared: %1</source>
        <translation>Die Demowelt konnte nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>Demo world cancelled; nothing of it was kept</source>
        <translation>Demowelt abgebrochen; nichts davon wurde behalten</translation>
    </message>
    <message>
        <source>Demo models ready: see Table 1</source>
        <translation>Demomodelle fertig: siehe Tabelle 1</translation>
    </message>
    <message>
        <source>Training the demo models failed: %1</source>
        <translation>Das Training der Demomodelle ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The demo world is still being prepared</source>
        <translation>Die Demowelt wird noch vorbereitet</translation>
    </message>
</context>
<context>
    <name>fluxlens::EmbeddingMapView</name>
    <message>
        <source>Each point is one site&apos;s task embedding, projected on its two principal components. Sites the encoder finds alike sit close together. Click a point to select that site.</source>
        <translation>Jeder Punkt ist die Aufgabeneinbettung eines Standorts, projiziert auf ihre beiden Hauptkomponenten. Standorte, die der Encoder für ähnlich hält, liegen nahe beieinander. Klicken Sie auf einen Punkt, um diesen Standort auszuwählen.</translation>
    </message>
    <message>
        <source>Load a TAM-RL model to see the sites&apos; task embeddings.</source>
        <translation>Laden Sie ein TAM-RL-Modell, um die Aufgabeneinbettungen der Standorte zu sehen.</translation>
    </message>
</context>
<context>
    <name>fluxlens::ExperimentDialog</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>&amp;Open the report</source>
        <translation>Bericht ö&amp;ffnen</translation>
    </message>
    <message>
        <source>The paper&apos;s experiment</source>
        <translation>Das Experiment des Artikels</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Members of each network ensemble (the paper uses 10)</source>
        <translation>Mitglieder jedes Netz-Ensembles (der Artikel verwendet 10)</translation>
    </message>
    <message>
        <source>Share of sites held out, stratified by Köppen and IGBP class (the paper: 164 of 579 sites)</source>
        <translation>Anteil zurückgehaltener Standorte, geschichtet nach Köppen- und IGBP-Klasse (der Artikel: 164 von 579 Standorten)</translation>
    </message>
    <message>
        <source>Report folder:</source>
        <translation>Berichtsordner:</translation>
    </message>
    <message>
        <source>Seeds:</source>
        <translation>Seeds:</translation>
    </message>
    <message>
        <source>Held-out share:</source>
        <translation>Zurückgehaltener Anteil:</translation>
    </message>
    <message>
        <source>Models:</source>
        <translation>Modelle:</translation>
    </message>
    <message>
        <source>CPU threads:</source>
        <translation>CPU-Threads:</translation>
    </message>
    <message>
        <source>Trains the networks as seed ensembles and XGBoost on all but the held-out sites, then scores them and every reference product on the held-out sites (Table 1, figures, per-site metrics, the seeds&apos; spread). Running it again into the same folder keeps the finished members.</source>
        <translation>Trainiert die Netze als Seed-Ensembles und XGBoost auf allen nicht zurückgehaltenen Standorten und bewertet sie und jedes Referenzprodukt auf den zurückgehaltenen Standorten (Tabelle 1, Abbildungen, Metriken je Standort, Streuung über die Seeds). Ein erneuter Lauf in denselben Ordner behält die fertigen Mitglieder.</translation>
    </message>
    <message>
        <source>Report folder</source>
        <translation>Berichtsordner</translation>
    </message>
    <message>
        <source>The experiment failed: %1</source>
        <translation>Das Experiment ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cancelled; running it again into this folder keeps the finished members.</source>
        <translation>Abgebrochen; ein erneuter Lauf in diesen Ordner behält die fertigen Mitglieder.</translation>
    </message>
    <message>
        <source>Seed of the held-out split: another seed holds out other sites</source>
        <translation>Startwert der Aufteilung: ein anderer Startwert hält andere Standorte zurück</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Train on only this many of the sites not held out, drawn stratified by Köppen and IGBP class (learning curves); the held-out sites stay the same</source>
        <translation>Nur mit so vielen der nicht zurückgehaltenen Standorte trainieren, geschichtet nach Köppen- und IGBP-Klasse gezogen (Lernkurven); die zurückgehaltenen Standorte bleiben dieselben</translation>
    </message>
    <message>
        <source>Split seed:</source>
        <translation>Startwert der Aufteilung:</translation>
    </message>
    <message>
        <source>Training sites:</source>
        <translation>Trainingsstandorte:</translation>
    </message>
</context>
<context>
    <name>fluxlens::ExportDialog</name>
    <message>
        <source>Also write the plotted data as CSV</source>
        <translation>Die dargestellten Daten auch als CSV schreiben</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Single column (89 mm)</source>
        <translation>Einspaltig (89 mm)</translation>
    </message>
    <message>
        <source>Double column (183 mm)</source>
        <translation>Zweispaltig (183 mm)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Resolution of PNG files; SVG and PDF are vector and ignore it</source>
        <translation>Auflösung von PNG-Dateien; SVG und PDF sind Vektorformate und ignorieren sie</translation>
    </message>
    <message>
        <source>%1 pt</source>
        <translation>%1 pt</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Breite:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Höhe:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Auflösung:</translation>
    </message>
    <message>
        <source>Font size:</source>
        <translation>Schriftgröße:</translation>
    </message>
    <message>
        <source>Choose a file ending in .png, .svg or .pdf.</source>
        <translation>Wählen Sie eine Datei mit der Endung .png, .svg oder .pdf.</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG vector (*.svg);;PDF vector (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Vektorgrafik (*.svg);;PDF-Vektorgrafik (*.pdf)</translation>
    </message>
</context>
<context>
    <name>fluxlens::FilmBarChart</name>
    <message>
        <source>γ (scale)</source>
        <translation>γ (Skalierung)</translation>
    </message>
    <message>
        <source>β (shift)</source>
        <translation>β (Verschiebung)</translation>
    </message>
</context>
<context>
    <name>fluxlens::FilmEmbeddingPanel</name>
    <message>
        <source>Köppen class</source>
        <translation>Köppen-Klasse</translation>
    </message>
    <message>
        <source>IGBP class</source>
        <translation>IGBP-Klasse</translation>
    </message>
    <message>
        <source>Colour the embedding map by climate, land cover or (demo world) a hidden site parameter.</source>
        <translation>Die Einbettungskarte nach Klima, Landbedeckung oder (Demowelt) einem verborgenen Standortparameter einfärben.</translation>
    </message>
    <message>
        <source>Hidden parameters…</source>
        <translation>Verborgene Parameter…</translation>
    </message>
    <message>
        <source>Demo world: read demo_hidden_parameters.csv to colour the map by the parameters the data were generated with.</source>
        <translation>Demowelt: demo_hidden_parameters.csv lesen, um die Karte nach den Parametern einzufärben, mit denen die Daten erzeugt wurden.</translation>
    </message>
    <message>
        <source>Task embeddings (PCA), colour by</source>
        <translation>Aufgabeneinbettungen (PCA), Farbe nach</translation>
    </message>
    <message>
        <source>Demo hidden parameters</source>
        <translation>Verborgene Demo-Parameter</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>PC1 (%1 % of variance)</source>
        <translation>HK1 (%1 % der Varianz)</translation>
    </message>
    <message>
        <source>PC2 (%1 %)</source>
        <translation>HK2 (%1 %)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>hidden: %1</source>
        <translation>verborgen: %1</translation>
    </message>
</context>
<context>
    <name>fluxlens::FilmLabWidget</name>
    <message>
        <source>The TAM-RL models registered in the cache.</source>
        <translation>Die im Cache registrierten TAM-RL-Modelle.</translation>
    </message>
    <message>
        <source>member </source>
        <translation>Mitglied </translation>
    </message>
    <message>
        <source>Ensemble member whose FiLM parameters the bars show (the prediction is the ensemble mean).</source>
        <translation>Ensemble-Mitglied, dessen FiLM-Parameter die Balken zeigen (die Vorhersage ist das Ensemble-Mittel).</translation>
    </message>
    <message>
        <source>Time to compute the FiLM parameters and the prediction for one change of the controls.</source>
        <translation>Zeit, um die FiLM-Parameter und die Vorhersage für eine Änderung der Regler zu berechnen.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>FiLM on the decoder input: γ1, β1 per input feature</source>
        <translation>FiLM am Decoder-Eingang: γ1, β1 je Eingangsmerkmal</translation>
    </message>
    <message>
        <source>FiLM on the decoder&apos;s hidden state: γ2, β2 per hidden unit</source>
        <translation>FiLM am verborgenen Zustand des Decoders: γ2, β2 je verborgener Einheit</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Regler</translation>
    </message>
    <message>
        <source>no site selected</source>
        <translation>kein Standort ausgewählt</translation>
    </message>
    <message>
        <source>Select a site on the map, in the site list or in the embedding map below.</source>
        <translation>Wählen Sie einen Standort auf der Karte, in der Standortliste oder in der Einbettungskarte unten.</translation>
    </message>
    <message>
        <source>Site (A)</source>
        <translation>Standort (A)</translation>
    </message>
    <message>
        <source>0: no modulation (bare decoder); 1: as learned; 2: exaggerated.</source>
        <translation>0: keine Modulation (nackter Decoder); 1: wie gelernt; 2: übertrieben.</translation>
    </message>
    <message>
        <source>Modulation scale</source>
        <translation>Modulationsstärke</translation>
    </message>
    <message>
        <source>Site B whose task embedding site A borrows.</source>
        <translation>Standort B, dessen Aufgabeneinbettung Standort A leiht.</translation>
    </message>
    <message>
        <source>Embedding from (B)</source>
        <translation>Einbettung von (B)</translation>
    </message>
    <message>
        <source>0: A&apos;s own embedding; 1: B&apos;s embedding; between: a blend.</source>
        <translation>0: die eigene Einbettung von A; 1: die Einbettung von B; dazwischen: eine Mischung.</translation>
    </message>
    <message>
        <source>Mix A ↔ B</source>
        <translation>Mischung A ↔ B</translation>
    </message>
    <message>
        <source>last year</source>
        <translation>letztes Jahr</translation>
    </message>
    <message>
        <source>last 3 years</source>
        <translation>letzte 3 Jahre</translation>
    </message>
    <message>
        <source>whole record</source>
        <translation>ganze Messreihe</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Scale 1, own embedding.</source>
        <translation>Stärke 1, eigene Einbettung.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>no TAM-RL model in the cache: train or load one</source>
        <translation>kein TAM-RL-Modell im Cache: trainieren oder laden Sie eines</translation>
    </message>
    <message>
        <source>No TAM-RL model named &quot;%1&quot; in the cache</source>
        <translation>Kein TAM-RL-Modell namens „%1“ im Cache</translation>
    </message>
    <message>
        <source>Loading %1 and every site&apos;s inputs…</source>
        <translation>Lade %1 und die Eingaben jedes Standorts…</translation>
    </message>
    <message>
        <source>%1 sites</source>
        <translation>%1 Standorte</translation>
    </message>
    <message>
        <source>none (own embedding)</source>
        <translation>keiner (eigene Einbettung)</translation>
    </message>
    <message>
        <source>Site %1 has none of the drivers this model needs in the cache.</source>
        <translation>Standort %1 hat keine der Antriebsdaten, die dieses Modell braucht, im Cache.</translation>
    </message>
    <message>
        <source>scale %1</source>
        <translation>Stärke %1</translation>
    </message>
    <message>
        <source>, %1 % of %2&apos;s embedding</source>
        <translation>, %1 % der Einbettung von %2</translation>
    </message>
    <message>
        <source>%1 sites · computed in %2 ms, drawn in %3 ms</source>
        <translation>%1 Standorte · berechnet in %2 ms, gezeichnet in %3 ms</translation>
    </message>
</context>
<context>
    <name>fluxlens::FilmSeriesChart</name>
    <message>
        <source>observed</source>
        <translation>beobachtet</translation>
    </message>
    <message>
        <source>as learned (scale 1)</source>
        <translation>wie gelernt (Stärke 1)</translation>
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
            <numerusform>importiert   %1 (%2): %n Standort, %3 Zeilen</numerusform>
            <numerusform>importiert   %1 (%2): %n Standorte, %3 Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>unchanged  %1: the same file is already in the cache</source>
        <translation>unverändert %1: dieselbe Datei ist bereits im Cache</translation>
    </message>
    <message>
        <source>cancelled  %1: rolled back, nothing of it was stored</source>
        <translation>abgebrochen %1: zurückgerollt, nichts davon wurde gespeichert</translation>
    </message>
    <message>
        <source>FAILED     %1: %2</source>
        <translation>FEHLER      %1: %2</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import into %1</source>
        <translation>Importieren in %1</translation>
    </message>
    <message>
        <source>Import stopped: %1</source>
        <translation>Import angehalten: %1</translation>
    </message>
    <message>
        <source>Importing into %1 …</source>
        <translation>Importiere in %1 …</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) to import</source>
        <translation>
            <numerusform>%n Datei zu importieren</numerusform>
            <numerusform>%n Dateien zu importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling: the file in progress is rolled back …</source>
        <translation>Breche ab: die laufende Datei wird zurückgerollt …</translation>
    </message>
    <message numerus="yes">
        <source>
%n warning(s):</source>
        <translation>
            <numerusform>
%n Warnung:</numerusform>
            <numerusform>
%n Warnungen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. </source>
        <translation>Abgebrochen. </translation>
    </message>
    <message>
        <source>Done. </source>
        <translation>Fertig. </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>skipped    %1: %2</source>
        <translation>übersprungen %1: %2</translation>
    </message>
    <message>
        <source>%1 imported, %2 unchanged, %3 failed, %4 skipped.</source>
        <translation>%1 importiert, %2 unverändert, %3 fehlgeschlagen, %4 übersprungen.</translation>
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
        <translation>Importiert (UTC)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>replaced by a newer version</source>
        <translation>durch eine neuere Version ersetzt</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n Warnung</numerusform>
            <numerusform>, %n Warnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fluxlens::JobsIndicator</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>%1 abbrechen</translation>
    </message>
    <message>
        <source>%1: cancelling …</source>
        <translation>%1: breche ab …</translation>
    </message>
    <message>
        <source>%1: finished</source>
        <translation>%1: fertig</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: abgebrochen</translation>
    </message>
</context>
<context>
    <name>fluxlens::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Applies when FluxLens is next started</source>
        <translation>Gilt beim nächsten Start von FluxLens</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The new language applies when FluxLens is next started.</source>
        <translation>Die neue Sprache gilt beim nächsten Start von FluxLens.</translation>
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
        <translation>Basiskarte: %1</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>Site details</source>
        <translation>Standortdetails</translation>
    </message>
    <message>
        <source>Import log</source>
        <translation>Importprotokoll</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New cache…</source>
        <translation>&amp;Neuer Cache…</translation>
    </message>
    <message>
        <source>&amp;Open cache…</source>
        <translation>Cache ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open the &amp;demo world</source>
        <translation>&amp;Demowelt öffnen</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>Dateien &amp;importieren…</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>&amp;Ordner importieren…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Projection</source>
        <translation>&amp;Projektion</translation>
    </message>
    <message>
        <source>&amp;Colour towers by</source>
        <translation>Messtürme &amp;färben nach</translation>
    </message>
    <message>
        <source>&amp;Basemap…</source>
        <translation>&amp;Basiskarte…</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Zoom to &amp;selection</source>
        <translation>Auf &amp;Auswahl zoomen</translation>
    </message>
    <message>
        <source>&amp;Whole world</source>
        <translation>&amp;Ganze Welt</translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation>&amp;Modelle</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About FluxLens</source>
        <translation>&amp;Über FluxLens</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lese %1…</translation>
    </message>
    <message>
        <source>Cache: %1</source>
        <translation>Cache: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) read from %1</source>
        <translation>
            <numerusform>%n Standort aus %1 gelesen</numerusform>
            <numerusform>%n Standorte aus %1 gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>No cache open</source>
        <translation>Kein Cache geöffnet</translation>
    </message>
    <message>
        <source>Cannot open the cache: %1</source>
        <translation>Der Cache kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>FluxLens cache (*.sqlite *.db);;All files (*)</source>
        <translation>FluxLens-Cache (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New cache</source>
        <translation>Neuer Cache</translation>
    </message>
    <message>
        <source>Open cache</source>
        <translation>Cache öffnen</translation>
    </message>
    <message>
        <source>Land polygons</source>
        <translation>Landpolygone</translation>
    </message>
    <message>
        <source>Vector data (*.shp *.gpkg *.geojson *.json *.fgb);;All files (*)</source>
        <translation>Vektordaten (*.shp *.gpkg *.geojson *.json *.fgb);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>FluxLens map of flux towers</source>
        <translation>FluxLens-Karte der Flussmesstürme</translation>
    </message>
    <message>
        <source>Map written to %1</source>
        <translation>Karte geschrieben nach %1</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>Karte exportieren</translation>
    </message>
    <message>
        <source>No site %1 in this cache</source>
        <translation>Kein Standort %1 in diesem Cache</translation>
    </message>
    <message>
        <source>Open the demo world</source>
        <translation>Demowelt öffnen</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Dateien importieren…</translation>
    </message>
    <message>
        <source>This cache holds no sites yet. The synthetic demo world (120 made-up towers, generated on this computer, nothing downloaded) lets you try every view; or import your own flux files.</source>
        <translation>Dieser Cache enthält noch keine Standorte. Mit der synthetischen Demowelt (120 erfundene Messtürme, auf diesem Computer erzeugt, nichts wird heruntergeladen) können Sie jede Ansicht ausprobieren; oder importieren Sie Ihre eigenen Flussdateien.</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>Einen Ordner importieren</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Dateien importieren</translation>
    </message>
    <message>
        <source>Flux, site, MODIS, ERA5-Land and gridded files (*.csv *.txt *.zip *.nc *.nc4 *.tif *.tiff);;All files (*)</source>
        <translation>Fluss-, Standort-, MODIS-, ERA5-Land- und Rasterdateien (*.csv *.txt *.zip *.nc *.nc4 *.tif *.tiff);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>An import is still running; wait for it or cancel it first</source>
        <translation>Ein Import läuft noch; warten Sie darauf oder brechen Sie ihn zuerst ab</translation>
    </message>
    <message>
        <source>Gridded product</source>
        <translation>Rasterprodukt</translation>
    </message>
    <message>
        <source>%1 of %2 sites shown, %3 selected</source>
        <translation>%1 von %2 Standorten angezeigt, %3 ausgewählt</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Map…</source>
        <translation>&amp;Karte…</translation>
    </message>
    <message>
        <source>Store the gridded files&apos; values at the sites as product
(empty: the name in the file&apos;s product or title attribute):</source>
        <translation>Die Werte der Rasterdateien an den Standorten speichern als Produkt
(leer: der Name im Attribut product oder title der Datei):</translation>
    </message>
    <message>
        <source>&amp;Compact cache</source>
        <translation>Cache &amp;komprimieren</translation>
    </message>
    <message>
        <source>Rewrite the cache file without the free space that replaced files, deleted models and rewritten predictions leave behind</source>
        <translation>Die Cache-Datei ohne den freien Platz neu schreiben, den ersetzte Dateien, gelöschte Modelle und neu geschriebene Vorhersagen hinterlassen</translation>
    </message>
    <message>
        <source>The cache is busy; compact it when the running job has finished</source>
        <translation>Der Cache ist beschäftigt; komprimieren Sie ihn, wenn der laufende Auftrag beendet ist</translation>
    </message>
    <message>
        <source>Compact cache</source>
        <translation>Cache komprimieren</translation>
    </message>
    <message>
        <source>The cache could not be compacted: %1</source>
        <translation>Der Cache konnte nicht komprimiert werden: %1</translation>
    </message>
    <message>
        <source>Compacting the cache was cancelled; nothing changed</source>
        <translation>Das Komprimieren des Caches wurde abgebrochen; nichts wurde geändert</translation>
    </message>
    <message>
        <source>&amp;Köppen map for imports…</source>
        <translation>&amp;Köppen-Karte für Importe…</translation>
    </message>
    <message>
        <source>Köppen–Geiger map for sites without a class (cancel: the shipped Beck et al. 2018 map)</source>
        <translation>Köppen-Geiger-Karte für Standorte ohne Klasse (Abbrechen: die mitgelieferte Karte von Beck et al. 2018)</translation>
    </message>
    <message>
        <source>Rasters with Beck et al. class codes (*.tif *.tiff *.nc *.img);;All files (*)</source>
        <translation>Raster mit Klassencodes nach Beck et al. (*.tif *.tiff *.nc *.img);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Köppen classes of imported sites: the shipped Beck et al. (2018) map</source>
        <translation>Köppen-Klassen importierter Standorte: die mitgelieferte Karte von Beck et al. (2018)</translation>
    </message>
    <message>
        <source>Köppen classes of imported sites: %1</source>
        <translation>Köppen-Klassen importierter Standorte: %1</translation>
    </message>
    <message>
        <source>Show Table 1</source>
        <translation>Tabelle 1 zeigen</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Another program changed this cache (%1). Reload to see the changes.</source>
        <translation>Ein anderes Programm hat diesen Cache geändert (%1). Laden Sie neu, um die Änderungen zu sehen.</translation>
    </message>
</context>
<context>
    <name>fluxlens::MessageBanner</name>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
</context>
<context>
    <name>fluxlens::MetricChoiceBar</name>
    <message>
        <source>Flux the figures are about</source>
        <translation>Fluss, um den es in den Abbildungen geht</translation>
    </message>
    <message>
        <source>All valid days, or only days with NEE_VUT_USTAR50_QC = 1 and NEE_VUT_REF_QC = 1</source>
        <translation>Alle gültigen Tage oder nur Tage mit NEE_VUT_USTAR50_QC = 1 und NEE_VUT_REF_QC = 1</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Reference product the model is compared with</source>
        <translation>Referenzprodukt, mit dem das Modell verglichen wird</translation>
    </message>
    <message>
        <source>Flux:</source>
        <translation>Fluss:</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Tage:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Referenz:</translation>
    </message>
    <message>
        <source>Score on:</source>
        <translation>Bewerten auf:</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <source>Held-out sites (%1)</source>
        <translation>Zurückgehaltene Standorte (%1)</translation>
    </message>
    <message>
        <source>Held-out sites</source>
        <translation>Zurückgehaltene Standorte</translation>
    </message>
    <message numerus="yes">
        <source>Score every site with metrics, or only the %n site(s) every model that records held-out sites held out (%1): a zero-shot comparison. A site a TAM-RL model held out is scored on the years after its support years.</source>
        <translation>
            <numerusform>Jeden Standort mit Kennzahlen bewerten oder nur den %n Standort, den jedes Modell mit verzeichneten zurückgehaltenen Standorten zurückgehalten hat (%1): ein Zero-Shot-Vergleich. Ein Standort, den ein TAM-RL-Modell zurückgehalten hat, wird in den Jahren nach seinen Support-Jahren bewertet.</numerusform>
            <numerusform>Jeden Standort mit Kennzahlen bewerten oder nur die %n Standorte, die jedes Modell mit verzeichneten zurückgehaltenen Standorten zurückgehalten hat (%1): ein Zero-Shot-Vergleich. Ein Standort, den ein TAM-RL-Modell zurückgehalten hat, wird in den Jahren nach seinen Support-Jahren bewertet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fluxlens::ModelLibraryWidget</name>
    <message>
        <source>Model library</source>
        <translation>Modellbibliothek</translation>
    </message>
    <message>
        <source>Select a model to see its metadata.</source>
        <translation>Wählen Sie ein Modell, um seine Metadaten zu sehen.</translation>
    </message>
    <message>
        <source>Train…</source>
        <translation>Trainieren…</translation>
    </message>
    <message>
        <source>Open the train dialog.</source>
        <translation>Den Trainingsdialog öffnen.</translation>
    </message>
    <message>
        <source>Load folder…</source>
        <translation>Ordner laden…</translation>
    </message>
    <message>
        <source>Validate a model folder (model.json and weights) and register it.</source>
        <translation>Einen Modellordner (model.json und Gewichte) prüfen und registrieren.</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>Vorhersagen</translation>
    </message>
    <message>
        <source>Predict every site with drivers and store the predictions, so the comparison views show them.</source>
        <translation>Jeden Standort mit Antriebsdaten vorhersagen und die Vorhersagen speichern, damit die Vergleichsansichten sie zeigen.</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Bewerten</translation>
    </message>
    <message>
        <source>Score every model with predictions against the observations (RMSE, R², bias, MAE per site and class) and store the metrics.</source>
        <translation>Jedes Modell mit Vorhersagen anhand der Beobachtungen bewerten (RMSE, R², Bias, MAE je Standort und Klasse) und die Metriken speichern.</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Remove the model with its predictions and metrics from the cache.</source>
        <translation>Das Modell mit seinen Vorhersagen und Metriken aus dem Cache entfernen.</translation>
    </message>
    <message>
        <source>FiLM lab</source>
        <translation>FiLM-Labor</translation>
    </message>
    <message>
        <source>Explore this TAM-RL model&apos;s FiLM modulation.</source>
        <translation>Die FiLM-Modulation dieses TAM-RL-Modells erkunden.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Loaded &quot;%1&quot; from %2: use Predict to store its predictions.</source>
        <translation>„%1“ aus %2 geladen: verwenden Sie „Vorhersagen“, um seine Vorhersagen zu speichern.</translation>
    </message>
    <message>
        <source>Wait for the running job to finish (or cancel it).</source>
        <translation>Warten Sie, bis der laufende Auftrag fertig ist (oder brechen Sie ihn ab).</translation>
    </message>
    <message>
        <source>Predicting every site with &quot;%1&quot;…</source>
        <translation>Sage jeden Standort mit „%1“ vorher…</translation>
    </message>
    <message>
        <source>Evaluating every model with predictions…</source>
        <translation>Bewerte jedes Modell mit Vorhersagen…</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;</source>
        <translation>„%1“ gelöscht</translation>
    </message>
    <message>
        <source>Load a model folder</source>
        <translation>Einen Modellordner laden</translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>Modell löschen</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; with its predictions and metrics from the cache?</source>
        <translation>„%1“ mit seinen Vorhersagen und Metriken aus dem Cache entfernen?</translation>
    </message>
    <message>
        <source>Remove from cache</source>
        <translation>Aus dem Cache entfernen</translation>
    </message>
    <message>
        <source>Remove and delete its files</source>
        <translation>Entfernen und seine Dateien löschen</translation>
    </message>
    <message>
        <source>Predict every site with drivers and store the predictions.</source>
        <translation>Jeden Standort mit Antriebsdaten vorhersagen und die Vorhersagen speichern.</translation>
    </message>
    <message>
        <source>This model has no folder to predict with.</source>
        <translation>Dieses Modell hat keinen Ordner, mit dem es vorhersagen könnte.</translation>
    </message>
    <message>
        <source>Only TAM-RL models have FiLM layers.</source>
        <translation>Nur TAM-RL-Modelle haben FiLM-Schichten.</translation>
    </message>
</context>
<context>
    <name>fluxlens::ModelTableModel</name>
    <message>
        <source> (cancelled)</source>
        <translation> (abgebrochen)</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>SHA-256 of the training data: %1</source>
        <translation>SHA-256 der Trainingsdaten: %1</translation>
    </message>
    <message>
        <source>Training was cancelled; this is the best checkpoint it reached.</source>
        <translation>Das Training wurde abgebrochen; dies ist der beste erreichte Checkpoint.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>Data hash</source>
        <translation>Daten-Hash</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Vorhersagen</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Trained on %1 only. A target it did not learn is derived from NEE = RECO − GPP when the other two were learned, and left empty otherwise.</source>
        <translation>Nur auf %1 trainiert. Eine nicht gelernte Zielgröße wird aus NEE = RECO − GPP abgeleitet, wenn die beiden anderen gelernt wurden, und bleibt sonst leer.</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Zielgrößen</translation>
    </message>
    <message>
        <source>Inputs: %1</source>
        <translation>Eingaben: %1</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>Metrics (mean over all sites, all valid days)</source>
        <translation>Metriken (Mittel über alle Standorte, alle gültigen Tage)</translation>
    </message>
</context>
<context>
    <name>fluxlens::QcChoice</name>
    <message>
        <source>all days</source>
        <translation>alle Tage</translation>
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
        <translation>Ziehen Sie an den Enden, um den sichtbaren Zeitraum zu wählen, in der Mitte, um ihn zu verschieben</translation>
    </message>
</context>
<context>
    <name>fluxlens::RasterLayer</name>
    <message>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>%1: difference</source>
        <translation>%1: Differenz</translation>
    </message>
    <message>
        <source>%1 %2 − %3</source>
        <translation>%1 %2 − %3</translation>
    </message>
    <message>
        <source>%1 difference (map − product): %2 %3</source>
        <translation>%1-Differenz (Karte − Produkt): %2 %3</translation>
    </message>
    <message>
        <source>%1 on the map: %2 %3</source>
        <translation>%1 auf der Karte: %2 %3</translation>
    </message>
    <message>
        <source>Tower %1 on %2: %3 gC m-2 d-1</source>
        <translation>Turm %1 am %2: %3 gC m-2 d-1</translation>
    </message>
    <message>
        <source>Tower %1 on %2: no observation</source>
        <translation>Turm %1 am %2: keine Beobachtung</translation>
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
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Opacity:</source>
        <translation>Deckkraft:</translation>
    </message>
    <message>
        <source>Close layer</source>
        <translation>Ebene schließen</translation>
    </message>
    <message>
        <source>Difference with product…</source>
        <translation>Differenz zu einem Produkt…</translation>
    </message>
    <message>
        <source>Show this map minus a second gridded file (e.g. FLUXCOM-X-BASE), taken at the same dates and at the nearest pixel</source>
        <translation>Diese Karte minus eine zweite Rasterdatei (z. B. FLUXCOM-X-BASE) zeigen, an denselben Daten und am nächsten Pixel</translation>
    </message>
    <message>
        <source>Show the map itself</source>
        <translation>Die Karte selbst zeigen</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>liest…</translation>
    </message>
    <message>
        <source>no dates</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>Product: %1</source>
        <translation>Produkt: %1</translation>
    </message>
</context>
<context>
    <name>fluxlens::RelativeRmseModel</name>
    <message>
        <source>No sites of this class with figures for both</source>
        <translation>Keine Standorte dieser Klasse mit Werten für beide</translation>
    </message>
    <message numerus="yes">
        <source>%1 against %2 on %3: relative RMSE %4 %
%n site(s)</source>
        <translation>
            <numerusform>%1 gegenüber %2 in %3: relativer RMSE %4 %
%n Standort</numerusform>
            <numerusform>%1 gegenüber %2 in %3: relativer RMSE %4 %
%n Standorte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n day(s)</source>
        <translation>
            <numerusform>, %n Tag</numerusform>
            <numerusform>, %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
%n site(s)</source>
        <translation>
            <numerusform>%1
%n Standort</numerusform>
            <numerusform>%1
%n Standorte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>
%n day(s)</source>
        <translation>
            <numerusform>
%n Tag</numerusform>
            <numerusform>
%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fluxlens::RelativeRmseView</name>
    <message>
        <source>(RMSE_ref − RMSE_model) / RMSE_ref against %1; blue: the model is better</source>
        <translation>(RMSE_ref − RMSE_model) / RMSE_ref gegenüber %1; blau: das Modell ist besser</translation>
    </message>
    <message>
        <source>(no reference)</source>
        <translation>(keine Referenz)</translation>
    </message>
</context>
<context>
    <name>fluxlens::SiteDetailsWidget</name>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Click a tower on the map or a row in the site list to see its details here.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Klicken Sie auf einen Messturm auf der Karte oder eine Zeile in der Standortliste, um hier seine Details zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Breitengrad</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Längengrad</translation>
    </message>
    <message>
        <source>Elevation</source>
        <translation>Geländehöhe</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
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
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Flux data</source>
        <translation>Flussdaten</translation>
    </message>
    <message>
        <source>%1 – %2, %3 days (%4 with GPP)</source>
        <translation>%1 – %2, %3 Tage (%4 mit GPP)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>fluxlens::SiteListWidget</name>
    <message>
        <source>Filter by site ID or name</source>
        <translation>Nach Standort-ID oder Name filtern</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Show all sites again</source>
        <translation>Wieder alle Standorte zeigen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
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
        <translation>Netzwerk</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n site(s) shown</source>
        <translation>
            <numerusform>%1 von %n Standort angezeigt</numerusform>
            <numerusform>%1 von %n Standorten angezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fluxlens::SiteMetricsModel</name>
    <message numerus="yes">
        <source>%1, %2, %3: %n day(s)</source>
        <translation>
            <numerusform>%1, %2, %3: %n Tag</numerusform>
            <numerusform>%1, %2, %3: %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: root mean square error of %2 (%3)</source>
        <translation>%1: Wurzel der mittleren quadratischen Abweichung von %2 (%3)</translation>
    </message>
    <message>
        <source>%1 RMSE</source>
        <translation>%1-RMSE</translation>
    </message>
    <message>
        <source>%1 R²</source>
        <translation>%1-R²</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
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
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>%1: coefficient of determination of %2, 1 − SS_res/SS_tot over this site&apos;s scored days (not pooled with other sites)</source>
        <translation>%1: Bestimmtheitsmaß von %2, 1 − SS_res/SS_tot über die bewerteten Tage dieses Standorts (nicht mit anderen Standorten zusammengelegt)</translation>
    </message>
</context>
<context>
    <name>fluxlens::SiteMetricsView</name>
    <message numerus="yes">
        <source>%1 of %n site(s) shown</source>
        <translation>
            <numerusform>%1 von %n Standort angezeigt</numerusform>
            <numerusform>%1 von %n Standorten angezeigt</numerusform>
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
        <translation>%1 %2 je Standort</translation>
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
        <translation>ausgewählt</translation>
    </message>
</context>
<context>
    <name>fluxlens::SiteScatterView</name>
    <message>
        <source>Click a point to select its site; Ctrl-click adds or removes it</source>
        <translation>Klicken Sie auf einen Punkt, um seinen Standort auszuwählen; Strg-Klick fügt ihn hinzu oder entfernt ihn</translation>
    </message>
</context>
<context>
    <name>fluxlens::SiteTableModel</name>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
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
        <translation>Breite (°)</translation>
    </message>
    <message>
        <source>Lon (°)</source>
        <translation>Länge (°)</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
</context>
<context>
    <name>fluxlens::Table1Model</name>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>%1: RMSE %2, R² %3</source>
        <translation>%1: RMSE %2, R² %3</translation>
    </message>
    <message>
        <source>%1 against %2 (%3): %4</source>
        <translation>%1 gegenüber %2 (%3): %4</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Standorte</translation>
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
        <translation>Wurzel der mittleren quadratischen Abweichung, √(SS_res / n) mit SS_res = Σ(obs − pred)², je Standort über seine bewerteten Tage berechnet (%1). Der Wert ist das Mittel der Standortwerte, nicht über alle Standorttage zusammengelegt.</translation>
    </message>
    <message>
        <source>R² is the coefficient of determination, 1 − SS_res/SS_tot (SS_res = Σ(obs − pred)², SS_tot = Σ(obs − mean obs)²), computed per site over its scored days. The figure is the mean of the per-site values, not pooled over all site-days; sites with constant observations have no R² and are left out.</source>
        <translation>R² ist das Bestimmtheitsmaß, 1 − SS_res/SS_tot (SS_res = Σ(obs − pred)², SS_tot = Σ(obs − Mittel obs)²), je Standort über seine bewerteten Tage berechnet. Der Wert ist das Mittel der Standortwerte, nicht über alle Standorttage zusammengelegt; Standorte mit konstanten Beobachtungen haben kein R² und werden ausgelassen.</translation>
    </message>
    <message>
        <source>Sites scored: the number of per-site values each mean is taken over.</source>
        <translation>Bewertete Standorte: die Zahl der Standortwerte, über die jedes Mittel gebildet wird.</translation>
    </message>
</context>
<context>
    <name>fluxlens::Table1View</name>
    <message>
        <source>Choose a model and a different reference for the headline figures (RMSE change and R² change in %).</source>
        <translation>Wählen Sie ein Modell und eine andere Referenz für die Kennzahlen (RMSE-Änderung und R²-Änderung in %).</translation>
    </message>
    <message>
        <source>Sites scored: %1.</source>
        <translation>Bewertete Standorte: %1.</translation>
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
        <translation>Tage mit NEE-QC &lt; 0,5</translation>
    </message>
    <message>
        <source>%1 ±1σ</source>
        <translation>%1 ±1σ</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Beobachtet</translation>
    </message>
</context>
<context>
    <name>fluxlens::TimeSeriesChartView</name>
    <message>
        <source>Wheel: zoom · left drag: zoom to period · middle or right drag: pan · double click: whole record</source>
        <translation>Mausrad: zoomen · links ziehen: auf Zeitraum zoomen · mittig oder rechts ziehen: verschieben · Doppelklick: ganze Messreihe</translation>
    </message>
</context>
<context>
    <name>fluxlens::TimeSeriesView</name>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>8-day</source>
        <translation>8-Tage</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Mean of the valid days of each period (8-day periods restart on 1 January)</source>
        <translation>Mittel der gültigen Tage jedes Zeitraums (8-Tage-Zeiträume beginnen am 1. Januar neu)</translation>
    </message>
    <message>
        <source>Whole record</source>
        <translation>Ganze Messreihe</translation>
    </message>
    <message>
        <source>Show the whole record (Home)</source>
        <translation>Die ganze Messreihe zeigen (Pos1)</translation>
    </message>
    <message>
        <source>Flux:</source>
        <translation>Fluss:</translation>
    </message>
    <message>
        <source>Aggregation:</source>
        <translation>Aggregation:</translation>
    </message>
    <message>
        <source>Select a site to see its time series</source>
        <translation>Wählen Sie einen Standort, um seine Zeitreihe zu sehen</translation>
    </message>
    <message>
        <source>No cache open</source>
        <translation>Kein Cache geöffnet</translation>
    </message>
    <message>
        <source>Reading %1 …</source>
        <translation>Lese %1 …</translation>
    </message>
    <message>
        <source>%1: no daily data in the cache</source>
        <translation>%1: keine Tagesdaten im Cache</translation>
    </message>
</context>
<context>
    <name>fluxlens::TrainDialog</name>
    <message>
        <source>Train a model</source>
        <translation>Ein Modell trainieren</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <source>Cancel training</source>
        <translation>Training abbrechen</translation>
    </message>
    <message>
        <source>Stops after the current batch and keeps the best checkpoint so far (saved and registered).</source>
        <translation>Hält nach dem aktuellen Batch an und behält den bisher besten Checkpoint (gespeichert und registriert).</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Done: model saved, registered and predicted</source>
        <translation>Fertig: Modell gespeichert, registriert und vorhergesagt</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>Training fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>
Default: %1</source>
        <translation>
Standard: %1</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name in the cache; the model&apos;s predictions are stored under it.</source>
        <translation>Name im Cache; die Vorhersagen des Modells werden darunter gespeichert.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Zielgrößen</translation>
    </message>
    <message>
        <source>Input features (cache column names), comma-separated. DOY_SIN and DOY_COS are computed from the date.</source>
        <translation>Eingangsmerkmale (Spaltennamen im Cache), durch Kommas getrennt. DOY_SIN und DOY_COS werden aus dem Datum berechnet.</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Window (days)</source>
        <translation>Fenster (Tage)</translation>
    </message>
    <message>
        <source>Length of one training and inference window.</source>
        <translation>Länge eines Trainings- und Inferenzfensters.</translation>
    </message>
    <message>
        <source>Stride (days)</source>
        <translation>Schrittweite (Tage)</translation>
    </message>
    <message>
        <source>Step between consecutive windows; at most the window length.</source>
        <translation>Abstand zwischen aufeinanderfolgenden Fenstern; höchstens die Fensterlänge.</translation>
    </message>
    <message>
        <source>Decoder hidden units</source>
        <translation>Verborgene Einheiten des Decoders</translation>
    </message>
    <message>
        <source>Hidden units of the LSTM decoder (the size of γ2/β2).</source>
        <translation>Verborgene Einheiten des LSTM-Decoders (die Größe von γ2/β2).</translation>
    </message>
    <message>
        <source>Decoder layers</source>
        <translation>Decoder-Schichten</translation>
    </message>
    <message>
        <source>Stacked LSTM layers of the decoder.</source>
        <translation>Gestapelte LSTM-Schichten des Decoders.</translation>
    </message>
    <message>
        <source>Encoder hidden units</source>
        <translation>Verborgene Einheiten des Encoders</translation>
    </message>
    <message>
        <source>TAM-RL: hidden units of the BiLSTM task encoder.</source>
        <translation>TAM-RL: verborgene Einheiten des BiLSTM-Aufgaben-Encoders.</translation>
    </message>
    <message>
        <source>Embedding size</source>
        <translation>Einbettungsgröße</translation>
    </message>
    <message>
        <source>TAM-RL: length of a site&apos;s task embedding.</source>
        <translation>TAM-RL: Länge der Aufgabeneinbettung eines Standorts.</translation>
    </message>
    <message>
        <source>Generator hidden units</source>
        <translation>Verborgene Einheiten des Generators</translation>
    </message>
    <message>
        <source>TAM-RL: hidden units of the MLP that turns the embedding into γ and β.</source>
        <translation>TAM-RL: verborgene Einheiten des MLP, das die Einbettung in γ und β umwandelt.</translation>
    </message>
    <message>
        <source>Encoder sees fluxes (few-shot)</source>
        <translation>Encoder sieht Flüsse (Few-Shot)</translation>
    </message>
    <message>
        <source>Off (default): the task encoder sees drivers only, so it works for any grid cell (zero-shot).
On: drivers plus observed fluxes, as in the original TAM-RL.</source>
        <translation>Aus (Standard): der Aufgaben-Encoder sieht nur Antriebsdaten und funktioniert daher für jede Rasterzelle (Zero-Shot).
An: Antriebsdaten plus beobachtete Flüsse, wie im ursprünglichen TAM-RL.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Stage 1 epochs</source>
        <translation>Epochen in Stufe 1</translation>
    </message>
    <message>
        <source>Decoder pre-training (TAM-RL), or all training of a baseline.</source>
        <translation>Vortraining des Decoders (TAM-RL) oder das gesamte Training eines Vergleichsmodells.</translation>
    </message>
    <message>
        <source>Stage 2 epochs</source>
        <translation>Epochen in Stufe 2</translation>
    </message>
    <message>
        <source>TAM-RL: joint training with support and query sets per site.</source>
        <translation>TAM-RL: gemeinsames Training mit Support- und Query-Mengen je Standort.</translation>
    </message>
    <message>
        <source>Batch (windows)</source>
        <translation>Batch (Fenster)</translation>
    </message>
    <message>
        <source>Windows per batch in stage 1 and for the baselines.</source>
        <translation>Fenster je Batch in Stufe 1 und für die Vergleichsmodelle.</translation>
    </message>
    <message>
        <source>Sites per batch</source>
        <translation>Standorte je Batch</translation>
    </message>
    <message>
        <source>Stage 2: sites (tasks) per batch.</source>
        <translation>Stufe 2: Standorte (Aufgaben) je Batch.</translation>
    </message>
    <message>
        <source>Support windows</source>
        <translation>Support-Fenster</translation>
    </message>
    <message>
        <source>Stage 2: support windows per site (what the encoder sees).</source>
        <translation>Stufe 2: Support-Fenster je Standort (was der Encoder sieht).</translation>
    </message>
    <message>
        <source>Query windows</source>
        <translation>Query-Fenster</translation>
    </message>
    <message>
        <source>Stage 2: query windows per site (where the loss is computed).</source>
        <translation>Stufe 2: Query-Fenster je Standort (wo der Verlust berechnet wird).</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Adam learning rate in stage 1 and for the baselines.</source>
        <translation>Adam-Lernrate in Stufe 1 und für die Vergleichsmodelle.</translation>
    </message>
    <message>
        <source>Stage 2 learning rate</source>
        <translation>Lernrate in Stufe 2</translation>
    </message>
    <message>
        <source>Adam learning rate in stage 2.</source>
        <translation>Adam-Lernrate in Stufe 2.</translation>
    </message>
    <message>
        <source>α (flux consistency)</source>
        <translation>α (Flusskonsistenz)</translation>
    </message>
    <message>
        <source>Gradient clip</source>
        <translation>Gradientenbegrenzung</translation>
    </message>
    <message>
        <source>Maximum gradient norm.</source>
        <translation>Maximale Gradientennorm.</translation>
    </message>
    <message>
        <source>Patience (epochs)</source>
        <translation>Geduld (Epochen)</translation>
    </message>
    <message>
        <source>Epochs without a better validation loss before a stage stops early.</source>
        <translation>Epochen ohne besseren Validierungsverlust, bevor eine Stufe vorzeitig endet.</translation>
    </message>
    <message>
        <source>Validation share</source>
        <translation>Validierungsanteil</translation>
    </message>
    <message>
        <source>Share of the training sites used for early stopping.</source>
        <translation>Anteil der Trainingsstandorte, der für das vorzeitige Beenden verwendet wird.</translation>
    </message>
    <message>
        <source>Support years</source>
        <translation>Support-Jahre</translation>
    </message>
    <message>
        <source>The first N calendar years of a site give its support windows.</source>
        <translation>Die ersten N Kalenderjahre eines Standorts liefern seine Support-Fenster.</translation>
    </message>
    <message>
        <source>Device, split and seeds</source>
        <translation>Gerät, Aufteilung und Seeds</translation>
    </message>
    <message>
        <source>auto (%1)</source>
        <translation>automatisch (%1)</translation>
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
        <translation>CUDA (nicht verfügbar)</translation>
    </message>
    <message>
        <source>This build of LibTorch sees no CUDA device.</source>
        <translation>Dieser LibTorch-Build sieht kein CUDA-Gerät.</translation>
    </message>
    <message>
        <source>%1; CUDA is %2.</source>
        <translation>%1; CUDA ist %2.</translation>
    </message>
    <message>
        <source>available</source>
        <translation>verfügbar</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Intra-op CPU threads (1 is fastest for these small LSTMs).</source>
        <translation>CPU-Threads innerhalb einer Operation (1 ist für diese kleinen LSTMs am schnellsten).</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>CPU-Threads</translation>
    </message>
    <message>
        <source>Share of sites held out for zero-shot evaluation, stratified by Köppen class; never seen in training.</source>
        <translation>Anteil der für die Zero-Shot-Auswertung zurückgehaltenen Standorte, geschichtet nach Köppen-Klasse; im Training nie gesehen.</translation>
    </message>
    <message>
        <source>Held-out share</source>
        <translation>Zurückgehaltener Anteil</translation>
    </message>
    <message>
        <source>optional: a file with one site id per line</source>
        <translation>optional: eine Datei mit einer Standort-ID pro Zeile</translation>
    </message>
    <message>
        <source>When set, these sites are held out instead of a share.</source>
        <translation>Wenn gesetzt, werden diese Standorte statt eines Anteils zurückgehalten.</translation>
    </message>
    <message>
        <source>Held-out list</source>
        <translation>Liste zurückgehaltener Standorte</translation>
    </message>
    <message>
        <source>Held-out sites</source>
        <translation>Zurückgehaltene Standorte</translation>
    </message>
    <message>
        <source>Ensemble members (the paper uses 10): predictions give mean and spread.</source>
        <translation>Ensemble-Mitglieder (die Veröffentlichung verwendet 10): die Vorhersagen liefern Mittel und Streuung.</translation>
    </message>
    <message>
        <source>Seeds</source>
        <translation>Seeds</translation>
    </message>
    <message>
        <source>Seed of member 0; member k uses seed + k. Also seeds the held-out split.</source>
        <translation>Seed von Mitglied 0; Mitglied k verwendet Seed + k. Bestimmt auch die Aufteilung der zurückgehaltenen Standorte.</translation>
    </message>
    <message>
        <source>First seed</source>
        <translation>Erster Seed</translation>
    </message>
    <message>
        <source>The model folder (weights and model.json).</source>
        <translation>Der Modellordner (Gewichte und model.json).</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Speichern in</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>Modellordner</translation>
    </message>
    <message>
        <source>Cancelled: best checkpoint saved and registered</source>
        <translation>Abgebrochen: bester Checkpoint gespeichert und registriert</translation>
    </message>
    <message>
        <source>Cancelled before a checkpoint existed</source>
        <translation>Abgebrochen, bevor es einen Checkpoint gab</translation>
    </message>
    <message>
        <source>Training is running: cancel it first (the best checkpoint is kept).</source>
        <translation>Das Training läuft: brechen Sie es zuerst ab (der beste Checkpoint bleibt erhalten).</translation>
    </message>
    <message>
        <source>Gross primary production (GPP_NT_VUT_USTAR50).</source>
        <translation>Bruttoprimärproduktion (GPP_NT_VUT_USTAR50).</translation>
    </message>
    <message>
        <source>Ecosystem respiration (RECO_NT_VUT_USTAR50, or NEE + GPP where it is missing).</source>
        <translation>Ökosystematmung (RECO_NT_VUT_USTAR50 oder NEE + GPP, wo sie fehlt).</translation>
    </message>
    <message>
        <source>Net ecosystem exchange (NEE_VUT_USTAR50).</source>
        <translation>Netto-Ökosystemaustausch (NEE_VUT_USTAR50).</translation>
    </message>
    <message>
        <source>
Unchecked: this flux gets no loss. If the other two are trained it is predicted as their balance (NEE = RECO − GPP), otherwise it is left missing.</source>
        <translation>
Nicht angehakt: Dieser Fluss trägt nicht zum Verlust bei. Werden die beiden anderen trainiert, wird er aus ihrer Bilanz (NEE = RECO − GPP) vorhergesagt, sonst bleibt er fehlend.</translation>
    </message>
    <message>
        <source>The fluxes the model learns; at least one. L_flux (weight α) ties NEE to RECO − GPP only when all three are trained.</source>
        <translation>Die Flüsse, die das Modell lernt; mindestens einer. L_flux (Gewicht α) bindet NEE nur dann an RECO − GPP, wenn alle drei trainiert werden.</translation>
    </message>
    <message>
        <source>Weight of L_flux = mean((NEE − (RECO − GPP))²) in the loss; used only when GPP, RECO and NEE are all trained.</source>
        <translation>Gewicht von L_flux = mean((NEE − (RECO − GPP))²) im Verlust; nur verwendet, wenn GPP, RECO und NEE alle trainiert werden.</translation>
    </message>
    <message>
        <source>Choose at least one target (GPP, RECO or NEE) to train.</source>
        <translation>Wählen Sie mindestens eine Zielgröße (GPP, RECO oder NEE) zum Trainieren.</translation>
    </message>
    <message>
        <source>TAM-RL: task encoder + FiLM generator + LSTM decoder.
CT-LSTM: LSTM with one-hot IGBP and Köppen statics.
TAMLSTM: the TAM-RL decoder alone (no FiLM).
XGBoost: gradient-boosted trees on each day&apos;s drivers, lagged means and IGBP class, in the FLUXCOM-X QuickEval configuration.</source>
        <translation>TAM-RL: Aufgaben-Encoder + FiLM-Generator + LSTM-Decoder.
CT-LSTM: LSTM mit One-Hot-IGBP- und Köppen-Merkmalen.
TAMLSTM: der TAM-RL-Decoder allein (ohne FiLM).
XGBoost: gradientenverstärkte Bäume auf den Antriebsdaten jedes Tages, gleitenden Mitteln und der IGBP-Klasse, in der FLUXCOM-X-QuickEval-Konfiguration.</translation>
    </message>
    <message>
        <source>Tower meteorology (tower)</source>
        <translation>Turm-Meteorologie (tower)</translation>
    </message>
    <message>
        <source>ERA5-Land and MODIS (remote)</source>
        <translation>ERA5-Land und MODIS (remote)</translation>
    </message>
    <message>
        <source>ERA5 at the tower (era5)</source>
        <translation>ERA5 am Turm (era5)</translation>
    </message>
    <message>
        <source>Custom list</source>
        <translation>Eigene Liste</translation>
    </message>
    <message>
        <source>FLUXNET tower meteorology: TA_F, SW_IN_F, VPD_F, P_F, SW_IN_POT and the day of year, plus LW_IN_F, PA_F and WS_F when every site has them.</source>
        <translation>FLUXNET-Turmmeteorologie: TA_F, SW_IN_F, VPD_F, P_F, SW_IN_POT und der Tag im Jahr, dazu LW_IN_F, PA_F und WS_F, wenn jeder Standort sie hat.</translation>
    </message>
    <message>
        <source>ERA5-Land t2m, ssrd, vpd, tp and swvl1, MODIS bands b1–b7, NDVI, EVI and NIRv, and the day of year (the default).</source>
        <translation>ERA5-Land t2m, ssrd, vpd, tp und swvl1, MODIS-Bänder b1–b7, NDVI, EVI und NIRv und der Tag im Jahr (die Voreinstellung).</translation>
    </message>
    <message>
        <source>ERA5 downscaled to the tower (the FLUXNET product&apos;s ERA5_DD member): TA_ERA, SW_IN_ERA, VPD_ERA, P_ERA and the day of year, plus SW_IN_POT, LW_IN_ERA, PA_ERA and WS_ERA when every site has them.</source>
        <translation>ERA5, auf den Turm herunterskaliert (das ERA5_DD-Mitglied des FLUXNET-Produkts): TA_ERA, SW_IN_ERA, VPD_ERA, P_ERA und der Tag im Jahr, dazu SW_IN_POT, LW_IN_ERA, PA_ERA und WS_ERA, wenn jeder Standort sie hat.</translation>
    </message>
    <message>
        <source>The cache columns typed in the field below.</source>
        <translation>Die im Feld darunter eingegebenen Cache-Spalten.</translation>
    </message>
    <message>
        <source>The drivers the model learns from. A preset is checked against the cache when training starts: sites without any of its drivers are left out, a site lacking some of them stops the run with their names.</source>
        <translation>Die Antriebsdaten, aus denen das Modell lernt. Eine Vorgabe wird beim Start des Trainings mit dem Cache abgeglichen: Standorte ohne jede ihrer Größen werden ausgelassen, ein Standort, dem einige fehlen, beendet den Lauf mit deren Namen.</translation>
    </message>
    <message>
        <source>Feature preset</source>
        <translation>Merkmalsvorgabe</translation>
    </message>
    <message>
        <source>XGBoost: boosting rounds per target at most; early stopping after 10 rounds without a better RMSE on the validation sites usually ends sooner.
Default: %1</source>
        <translation>XGBoost: höchstens so viele Boosting-Runden je Zielgröße; der frühe Abbruch nach 10 Runden ohne besseren RMSE an den Validierungsstandorten endet meist früher.
Voreinstellung: %1</translation>
    </message>
    <message>
        <source>Boosting rounds</source>
        <translation>Boosting-Runden</translation>
    </message>
    <message>
        <source>FLUXCOM-X QuickEval configuration</source>
        <translation>FLUXCOM-X-QuickEval-Konfiguration</translation>
    </message>
    <message>
        <source>XGBoost settings of FLUXCOM-X&apos;s quick-evaluation reference configuration: objective reg:squarederror, eta 0.05, max_depth 10, subsample 0.5, colsample_bynode 1, min_child_weight 5, tree_method hist, up to 1000 rounds, early stopping after 10 rounds on validation sites. Not quoted from the X-BASE paper itself.</source>
        <translation>XGBoost-Einstellungen der QuickEval-Referenzkonfiguration von FLUXCOM-X: objective reg:squarederror, eta 0.05, max_depth 10, subsample 0.5, colsample_bynode 1, min_child_weight 5, tree_method hist, bis zu 1000 Runden, früher Abbruch nach 10 Runden an Validierungsstandorten. Nicht aus dem X-BASE-Artikel selbst zitiert.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> (+ %1 where every site has them)</source>
        <translation> (+ %1, wo jeder Standort sie hat)</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>Dropout on the decoder&apos;s hidden states before the heads, in training only (the authors&apos; code: 0.3).</source>
        <translation>Dropout auf den verborgenen Zuständen des Decoders vor den Ausgabeköpfen, nur im Training (Code der Autoren: 0,3).</translation>
    </message>
    <message>
        <source>Input and hidden states</source>
        <translation>Eingabe und verborgene Zustände</translation>
    </message>
    <message>
        <source>Input only</source>
        <translation>Nur Eingabe</translation>
    </message>
    <message>
        <source>Hidden states only</source>
        <translation>Nur verborgene Zustände</translation>
    </message>
    <message>
        <source>TAM-RL: where FiLM acts. γ1, β1 scale and shift the input features, γ2, β2 the decoder&apos;s hidden states; the paper uses both.</source>
        <translation>TAM-RL: wo FiLM wirkt. γ1, β1 skalieren und verschieben die Eingabemerkmale, γ2, β2 die verborgenen Zustände des Decoders; das Paper verwendet beide.</translation>
    </message>
    <message>
        <source>FiLM acts on</source>
        <translation>FiLM wirkt auf</translation>
    </message>
    <message>
        <source>Encoder sees IGBP and Köppen classes</source>
        <translation>Encoder sieht IGBP- und Köppen-Klassen</translation>
    </message>
    <message>
        <source>Loss on the last days</source>
        <translation>Verlust auf den letzten Tagen</translation>
    </message>
    <message>
        <source>0: the loss covers every day of a window. N (from the stride to the window length): only each window&apos;s last N days, which then alone give the predictions (the authors&apos; code: 15 of 30).</source>
        <translation>0: Der Verlust umfasst jeden Tag eines Fensters. N (von der Schrittweite bis zur Fensterlänge): nur die letzten N Tage jedes Fensters, die dann allein die Vorhersagen liefern (Code der Autoren: 15 von 30).</translation>
    </message>
    <message>
        <source>Across both stages</source>
        <translation>Über beide Stufen</translation>
    </message>
    <message>
        <source>Within each stage</source>
        <translation>Innerhalb jeder Stufe</translation>
    </message>
    <message>
        <source>TAM-RL: across both stages (default), the pretrained decoder stays when no joint epoch validates better; within each stage, the best joint epoch is kept even when it validates worse than the pretrained decoder.</source>
        <translation>TAM-RL: Über beide Stufen (Standard) bleibt der vortrainierte Decoder, wenn keine gemeinsame Epoche besser validiert; innerhalb jeder Stufe wird die beste gemeinsame Epoche behalten, auch wenn sie schlechter validiert als der vortrainierte Decoder.</translation>
    </message>
    <message>
        <source>Model selection</source>
        <translation>Modellauswahl</translation>
    </message>
    <message>
        <source>On (default): the task encoder also gets the site&apos;s IGBP and Köppen class on every day, as the authors&apos; CarbonBench code does.
Off: drivers only, as the paper describes.</source>
        <translation>An (Standard): Der Task-Encoder erhält an jedem Tag zusätzlich die IGBP- und Köppen-Klasse des Standorts, wie im CarbonBench-Code der Autoren.
Aus: nur Antriebsgrößen, wie im Paper beschrieben.</translation>
    </message>
</context>
<context>
    <name>fluxlens::TrainingProgressView</name>
    <message>
        <source>Stage 1: decoder pre-training</source>
        <translation>Stufe 1: Vortraining des Decoders</translation>
    </message>
    <message>
        <source>Stage 2: joint training (TAM-RL)</source>
        <translation>Stufe 2: gemeinsames Training (TAM-RL)</translation>
    </message>
    <message>
        <source>Solid: training loss · dashed: validation loss · one colour per seed (see below)</source>
        <translation>Durchgezogen: Trainingsverlust · gestrichelt: Validierungsverlust · eine Farbe je Seed (siehe unten)</translation>
    </message>
    <message>
        <source>The training log appears here.</source>
        <translation>Hier erscheint das Trainingsprotokoll.</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>loss (weighted MSE + α·L_flux)</source>
        <translation>Verlust (gewichteter MSE + α·L_flux)</translation>
    </message>
    <message>
        <source>seed %1 validation</source>
        <translation>Seed %1 Validierung</translation>
    </message>
    <message>
        <source>seed %1 train</source>
        <translation>Seed %1 Training</translation>
    </message>
    <message>
        <source>Training (single stage)</source>
        <translation>Training (eine Stufe)</translation>
    </message>
    <message>
        <source>Seed %1</source>
        <translation>Seed %1</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starte…</translation>
    </message>
    <message>
        <source>%1 epoch %2/%3, best validation %4</source>
        <translation>%1 Epoche %2/%3, beste Validierung %4</translation>
    </message>
    <message>
        <source>joint</source>
        <translation>gemeinsam</translation>
    </message>
    <message>
        <source>pre-training</source>
        <translation>Vortraining</translation>
    </message>
    <message>
        <source>%1 windows/s · elapsed %2 · ETA %3 (at most; early stopping may end a stage sooner)</source>
        <translation>%1 Fenster/s · vergangen %2 · Restzeit %3 (höchstens; vorzeitiges Beenden kann eine Stufe früher abschließen)</translation>
    </message>
    <message>
        <source>elapsed %1</source>
        <translation>vergangen %1</translation>
    </message>
    <message>
        <source>loss (weighted MSE)</source>
        <translation>Verlust (gewichteter MSE)</translation>
    </message>
    <message>
        <source>XGBoost has no epochs: the log below shows each target&apos;s boosting rounds</source>
        <translation>XGBoost hat keine Epochen: das Protokoll unten zeigt die Boosting-Runden jeder Zielgröße</translation>
    </message>
</context>
<context>
    <name>fluxlens::TrainingRun</name>
    <message>
        <source>seed %1/%2  %3  epoch %4/%5  train %6</source>
        <translation>Seed %1/%2  %3  Epoche %4/%5  Training %6</translation>
    </message>
    <message>
        <source>  validation %1</source>
        <translation>  Validierung %1</translation>
    </message>
    <message>
        <source>  %1 windows/s</source>
        <translation>  %1 Fenster/s</translation>
    </message>
    <message>
        <source>  (best so far: checkpoint kept)</source>
        <translation>  (bisher am besten: Checkpoint behalten)</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
</context>
<context>
    <name>fluxlens::UpscaleDialog</name>
    <message>
        <source>Also write monthly means</source>
        <translation>Auch Monatsmittel schreiben</translation>
    </message>
    <message>
        <source>Upscale a model to a map</source>
        <translation>Ein Modell auf eine Karte hochskalieren</translation>
    </message>
    <message>
        <source>Visible map area</source>
        <translation>Sichtbarer Kartenausschnitt</translation>
    </message>
    <message>
        <source>West, south, east, north in degrees, e.g. 5,45,15,55</source>
        <translation>West, Süd, Ost, Nord in Grad, z. B. 5,45,15,55</translation>
    </message>
    <message>
        <source>Region (W,S,E,N):</source>
        <translation>Region (W,S,O,N):</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Auflösung:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Driver map:</source>
        <translation>Antriebszuordnung:</translation>
    </message>
    <message>
        <source>Driver map</source>
        <translation>Antriebszuordnung</translation>
    </message>
    <message>
        <source>Driver maps (*.json);;All files (*)</source>
        <translation>Antriebszuordnungen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Output file:</source>
        <translation>Ausgabedatei:</translation>
    </message>
    <message>
        <source>Upscaled map</source>
        <translation>Hochskalierte Karte</translation>
    </message>
    <message>
        <source>NetCDF (*.nc)</source>
        <translation>NetCDF (*.nc)</translation>
    </message>
    <message>
        <source> pixels</source>
        <translation> Pixel</translation>
    </message>
    <message>
        <source>Edge of a tile: memory grows with its square; finished tiles are kept when the run is cancelled and a new run resumes from them</source>
        <translation>Kantenlänge einer Kachel: Der Speicher wächst mit ihrem Quadrat; fertige Kacheln bleiben beim Abbruch erhalten und ein neuer Lauf setzt dort fort</translation>
    </message>
    <message>
        <source>Tile size:</source>
        <translation>Kachelgröße:</translation>
    </message>
    <message>
        <source>threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Gerät:</translation>
    </message>
    <message>
        <source>Upscale</source>
        <translation>Hochskalieren</translation>
    </message>
    <message>
        <source>no model in the library</source>
        <translation>kein Modell in der Bibliothek</translation>
    </message>
    <message>
        <source>Cannot read the model library: %1</source>
        <translation>Die Modellbibliothek kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>fluxlens::WorldMapWidget</name>
    <message>
        <source>No land shown: %1. Set another land polygon layer under View ▸ Basemap or with FLUXLENS_BASEMAP.</source>
        <translation>Kein Land angezeigt: %1. Legen Sie unter Ansicht ▸ Basiskarte oder mit FLUXLENS_BASEMAP eine andere Landpolygon-Ebene fest.</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) selected</source>
        <translation>
            <numerusform>%n Standort ausgewählt</numerusform>
            <numerusform>%n Standorte ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;IGBP: %3 (%4)&lt;br&gt;Köppen: %5 (%6)%7&lt;br&gt;Years of data: %8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;IGBP: %3 (%4)&lt;br&gt;Köppen: %5 (%6)%7&lt;br&gt;Jahre mit Daten: %8</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Nothing selected to zoom to</source>
        <translation>Nichts ausgewählt, worauf gezoomt werden könnte</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open this site cache.</source>
        <translation>Diesen Standort-Cache öffnen.</translation>
    </message>
    <message>
        <source>Save a screenshot of the window once the sites are shown, then quit.</source>
        <translation>Ein Bildschirmfoto des Fensters speichern, sobald die Standorte angezeigt werden, dann beenden.</translation>
    </message>
    <message>
        <source>Write a figure without opening a window: %1.</source>
        <translation>Eine Abbildung schreiben, ohne ein Fenster zu öffnen: %1.</translation>
    </message>
    <message>
        <source>Figure width (default 183).</source>
        <translation>Breite der Abbildung (Standard 183).</translation>
    </message>
    <message>
        <source>Figure height (default 110).</source>
        <translation>Höhe der Abbildung (Standard 110).</translation>
    </message>
    <message>
        <source>PNG resolution (default 300).</source>
        <translation>PNG-Auflösung (Standard 300).</translation>
    </message>
    <message>
        <source>Font size (default 7).</source>
        <translation>Schriftgröße (Standard 7).</translation>
    </message>
    <message>
        <source>Also write the plotted data as CSV.</source>
        <translation>Die dargestellten Daten auch als CSV schreiben.</translation>
    </message>
    <message>
        <source>Open the synthetic demo world (generated on first use).</source>
        <translation>Die synthetische Demowelt öffnen (wird bei der ersten Verwendung erzeugt).</translation>
    </message>
    <message>
        <source>--width-mm/--height-mm must be 10-1000, --dpi 50-2400, --font-pt 4-36</source>
        <translation>--width-mm/--height-mm müssen 10–1000 sein, --dpi 50–2400, --font-pt 4–36</translation>
    </message>
    <message>
        <source>Carbon-flux upscaling with TAM-RL</source>
        <translation>Hochskalierung von Kohlenstoffflüssen mit TAM-RL</translation>
    </message>
    <message>
        <source>Figure file (.png, .svg or .pdf; table1 also .tex or .csv).</source>
        <translation>Abbildungsdatei (.png, .svg oder .pdf; table1 auch .tex oder .csv).</translation>
    </message>
    <message>
        <source>Site the figure is about (required for timeseries; highlighted on the map and scatter).</source>
        <translation>Standort, um den es in der Abbildung geht (nötig für timeseries; auf der Karte und im Streudiagramm hervorgehoben).</translation>
    </message>
    <message>
        <source>Model the figure is about (scatter, bars, heatmap; default: the TAM-RL model).</source>
        <translation>Modell, um das es in der Abbildung geht (scatter, bars, heatmap; Standard: das TAM-RL-Modell).</translation>
    </message>
    <message>
        <source>Sites the comparison views and the scatter, bars, heatmap and table1 figures score: all (default) or heldout (the sites every model that records held-out sites held out).</source>
        <translation>Standorte, die die Vergleichsansichten und die Abbildungen scatter, bars, heatmap und table1 bewerten: all (Standard) oder heldout (die Standorte, die jedes Modell mit verzeichneten zurückgehaltenen Standorten zurückgehalten hat).</translation>
    </message>
    <message>
        <source>--sites expects &apos;all&apos; or &apos;heldout&apos;, got &apos;%1&apos;</source>
        <translation>--sites erwartet &apos;all&apos; oder &apos;heldout&apos;, erhalten: &apos;%1&apos;</translation>
    </message>
</context>
</TS>
