<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CatalogPanel</name>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="346"/>
        <source>Search models...</source>
        <translation>Search models...</translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="347"/>
        <source>Search models</source>
        <translation>Search models</translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="348"/>
        <source>Names as people type them: ids, names, Hugging Face repositories, Ollama tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="349"/>
        <source>&amp;Family</source>
        <translation>&amp;Family</translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="350"/>
        <source>All families</source>
        <translation>All families</translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="351"/>
        <source>Family filter</source>
        <translation>Family filter</translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="352"/>
        <source>Show one model family only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="353"/>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="355"/>
        <source>Dense only</source>
        <translation>Dense only</translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="356"/>
        <source>Mixture of experts only</source>
        <translation>Mixture of experts only</translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="190"/>
        <source>&amp;Add custom model...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="192"/>
        <source>Add a model from its config.json or from its dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="196"/>
        <source>&amp;Remove custom model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="249"/>
        <source>No model matches the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="250"/>
        <source>No model matches &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="259"/>
        <source>Did you mean %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="354"/>
        <source>Any architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="357"/>
        <source>Hybrid only (recurrent layers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="358"/>
        <source>Architecture filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="359"/>
        <source>Dense and mixture of experts tell the feed-forward layers apart; hybrid models have recurrent layers (Gated DeltaNet, Mamba2) beside attention and are dense or MoE too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="361"/>
        <source>&amp;Size</source>
        <translation>&amp;Size</translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="362"/>
        <source>Minimum parameters in billions</source>
        <translation>Minimum parameters in billions</translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="363"/>
        <source>Maximum parameters in billions</source>
        <translation>Maximum parameters in billions</translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="364"/>
        <source>Smallest model to list, in billions of parameters</source>
        <translation>Smallest model to list, in billions of parameters</translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="365"/>
        <source>Largest model to list, in billions of parameters</source>
        <translation>Largest model to list, in billions of parameters</translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="366"/>
        <source>&amp;Licence</source>
        <translation>&amp;Licence</translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="367"/>
        <source>Any licence</source>
        <translation>Any licence</translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="368"/>
        <source>Licence filter</source>
        <translation>Licence filter</translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="369"/>
        <source>Show models under one licence only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="370"/>
        <source>&amp;Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="371"/>
        <source>Any year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="372"/>
        <source>Release year filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="373"/>
        <source>Show models released in one year only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="374"/>
        <source>Model catalog</source>
        <translation>Model catalog</translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="375"/>
        <source>Search result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../app/cli.cpp" line="289"/>
        <source>Numbers accept a k suffix (32k = 32768). Byte counts in JSON are integers.
</source>
        <translation>Numbers accept a k suffix (32k = 32768). Byte counts in JSON are integers.
</translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="128"/>
        <location filename="../../app/climodel.cpp" line="69"/>
        <source>--file fixes the quantization (the file&apos;s own tensor types); drop --quant</source>
        <translation>--file fixes the quantization (the file&apos;s own tensor types); drop --quant</translation>
    </message>
    <message>
        <location filename="../../app/climodel.cpp" line="33"/>
        <source>unknown model &apos;%1&apos;; &apos;fitplanner models&apos; lists the catalog</source>
        <translation>unknown model &apos;%1&apos;; &apos;fitplanner models&apos; lists the catalog</translation>
    </message>
    <message>
        <location filename="../../app/climodel.cpp" line="87"/>
        <source>%1 for llama.cpp, %2 for mlx, otherwise the checkpoint&apos;s own format (%3 for 16-bit ones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="248"/>
        <location filename="../../app/clicommand.cpp" line="264"/>
        <source>unknown engine &apos;%1&apos; (choose %2)</source>
        <translation>unknown engine &apos;%1&apos; (choose %2)</translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="34"/>
        <source>list the model catalog, custom models last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="35"/>
        <source>print the catalog as JSON: every field and the parameter counts; custom models have &quot;custom&quot;: true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="43"/>
        <source>%1  %2  %3 params%4  ctx %5</source>
        <translation type="unfinished">%1  %2  %3 params%4  ctx %5
 {1 ?} {2 ?} {3 ?} {4 ?} {5?}</translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="52"/>
        <source>  [custom]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="64"/>
        <source>list the quantization recipes and the engines that run them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="65"/>
        <source>print the recipes as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="82"/>
        <source>%1 | %2 (%3 bpw) | %4 | context %5 x %6 | KV %7
</source>
        <translation>%1 | %2 (%3 bpw) | %4 | context %5 x %6 | KV %7
</translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="89"/>
        <source>Engine rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="95"/>
        <source>%1 %2 total, %3 active
</source>
        <translation>%1 %2 total, %3 active
</translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="92"/>
        <location filename="../../app/cli.cpp" line="96"/>
        <location filename="../../app/cliinspect.cpp" line="101"/>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="50"/>
        <source> (trained; config.json says %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="91"/>
        <source>%1 %2 total (%3 of them MTP layers, loaded only for speculative decoding), %4 active
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="101"/>
        <source>   (%1 to %2)</source>
        <translation>   (%1 to %2)</translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="106"/>
        <location filename="../../app/cliinspect.cpp" line="105"/>
        <location filename="../../app/clitrain.cpp" line="129"/>
        <source>Weights</source>
        <translation>Weights</translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="107"/>
        <source>KV cache</source>
        <translation>KV cache</translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="109"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="110"/>
        <location filename="../../app/clitrain.cpp" line="137"/>
        <source>Activations</source>
        <translation>Activations</translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="111"/>
        <source>Overhead</source>
        <translation>Overhead</translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="112"/>
        <source>%1 %2   (%3 to %4)
</source>
        <translation>%1 %2   (%3 to %4)
</translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="113"/>
        <location filename="../../app/clitrain.cpp" line="163"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="117"/>
        <location filename="../../app/cliplan.cpp" line="264"/>
        <location filename="../../app/cliplan.cpp" line="292"/>
        <location filename="../../app/clitrain.cpp" line="181"/>
        <source>Note: </source>
        <translation>Note: </translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="182"/>
        <source>the memory a model needs on one engine: weights, KV cache, activations, overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="188"/>
        <location filename="../../app/climodel.cpp" line="63"/>
        <source>the model, from a .gguf or .safetensors file or a model folder: its exact tensors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="190"/>
        <source>the quantization recipe (not with --file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="195"/>
        <location filename="../../app/screenshotcommand.cpp" line="58"/>
        <source>the inference engine whose rules apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="197"/>
        <source>%1; %2 for a safetensors --file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="199"/>
        <source>llama.cpp flash attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="201"/>
        <source>llama.cpp physical batch (n_ubatch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="204"/>
        <location filename="../../app/cliplan.cpp" line="91"/>
        <source>llama.cpp --kv-unified: the --batch sequences share one KV cache (off: one per sequence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="207"/>
        <location filename="../../app/cliplan.cpp" line="94"/>
        <source>llama.cpp n_outputs_max: micro-batch rows the compute buffer holds logits for; 0: all of them (the library&apos;s default), llama-server uses its slots (-np)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="214"/>
        <source>print the estimate as JSON; byte counts are integers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="215"/>
        <source>show how each component was computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="273"/>
        <source>a command&apos;s options, as COMMAND --help prints them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="281"/>
        <source>Usage: fitplanner COMMAND [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="283"/>
        <source>       fitplanner (no command) opens the desktop app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="285"/>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="288"/>
        <source>&apos;fitplanner COMMAND --help&apos; lists a command&apos;s options and their defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="341"/>
        <location filename="../../app/cli.cpp" line="357"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unknown command &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="336"/>
        <location filename="../../app/clicommand.cpp" line="487"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unexpected argument &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="133"/>
        <source>%1 to %2, k suffix allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="134"/>
        <location filename="../../app/clicommand.cpp" line="213"/>
        <location filename="../../app/screenshotcommand.cpp" line="37"/>
        <source>%1 to %2</source>
        <translation type="unfinished">%1 to %2</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="138"/>
        <source>--%1 &apos;%2&apos; must be a whole number of tokens from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="139"/>
        <source>--%1 &apos;%2&apos; must be a whole number from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="150"/>
        <source>%1 to %2, k suffix allowed, or %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="156"/>
        <source>--%1 &apos;%2&apos; must be a whole number of tokens from %3 to %4, or %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="157"/>
        <source>--%1 &apos;%2&apos; must be a whole number from %3 to %4, or %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="174"/>
        <source>--%1 &apos;%2&apos; must be a positive number of GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="178"/>
        <source>GiB, e.g. 24 or 23.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="188"/>
        <source>--%1 &apos;%2&apos; must be a fraction above 0 and at most 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="191"/>
        <source>above 0, at most 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="224"/>
        <source>--%1 &apos;%2&apos; must be one of: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="227"/>
        <location filename="../../app/clicommand.cpp" line="267"/>
        <source>one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="236"/>
        <source>--%1 &apos;%2&apos; must be on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="239"/>
        <source>on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="251"/>
        <source>one of: %1, or an alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/clicommand.cpp" line="113"/>
        <source>%1 and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="114"/>
        <source>&apos;%1&apos; matches %2; give one of them (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="117"/>
        <source>%1; %2</source>
        <comment>an unknown name; where the catalog is listed</comment>
        <translation type="unfinished">%1x %2 {1;?}</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="118"/>
        <source>%1; did you mean %2? %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="204"/>
        <source>--%1 &apos;%2&apos; must be a number from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="205"/>
        <source>--%1 &apos;%2&apos; must be a number from %3 to %4, or %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="214"/>
        <source>%1 to %2, or %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="280"/>
        <source>unknown model &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="281"/>
        <source>&apos;fitplanner models&apos; lists the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="285"/>
        <source>an id, name, Hugging Face repository or Ollama tag of a model &apos;fitplanner models&apos; lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="312"/>
        <source>unknown quantization &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="313"/>
        <source>&apos;fitplanner quants&apos; lists the recipes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="317"/>
        <source>an id that &apos;fitplanner quants&apos; lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="318"/>
        <source>an id that &apos;fitplanner quants&apos; lists, or %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="334"/>
        <source>unknown GPU &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="335"/>
        <source>&apos;fitplanner gpus&apos; lists the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="340"/>
        <source>an id or name that &apos;fitplanner gpus&apos; lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="341"/>
        <source>%1, or an id or name that &apos;fitplanner gpus&apos; lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="430"/>
        <source>--%1 takes no value</source>
        <translation>--%1 takes no value</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="407"/>
        <location filename="../../app/clicommand.cpp" line="436"/>
        <source>--%1 needs a value</source>
        <translation>--%1 needs a value</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="455"/>
        <source>--%1 is given twice</source>
        <translation>--%1 is given twice</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="505"/>
        <source>give exactly one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="527"/>
        <source> [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="529"/>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="545"/>
        <source>default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="547"/>
        <source>%1; %2</source>
        <comment>what an option accepts; its default</comment>
        <translation type="unfinished">%1x %2 {1;?}</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="549"/>
        <source>%1 (%2)</source>
        <comment>an option&apos;s description (what it accepts; its default)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="553"/>
        <source>print this help and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="558"/>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="573"/>
        <location filename="../../app/screenshotcommand.cpp" line="53"/>
        <source>the model, from the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="580"/>
        <source>the model, from a Hugging Face config.json; it is named after the folder that holds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="586"/>
        <source>tokens per sequence (prompt and reply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="588"/>
        <source>%1, or the model&apos;s maximum if smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="593"/>
        <source>sequences run in parallel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="600"/>
        <source>the KV cache&apos;s element type, a storage type id such as F16, Q8_0 or FP8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="607"/>
        <source>vLLM&apos;s gpu_memory_utilization: the share of each GPU&apos;s memory it may take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="615"/>
        <source>the GPU: auto (the ones detected), none (CPU only), or a catalog device to plan for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="618"/>
        <source>how many of those GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="619"/>
        <source>all detected, or one catalog device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="621"/>
        <source>memory per GPU, overriding what was detected or what the catalog says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="623"/>
        <source>system memory, overriding what was detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="626"/>
        <source>machines of that kind, for vLLM / SGLang pipeline parallelism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="637"/>
        <source>what to print: text for people, markdown (a document with tables), csv (one row per figure) or json (as --json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="639"/>
        <source>text, or what --output&apos;s file name ends in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="641"/>
        <source>write to FILE instead of the terminal; the file is replaced only when it was written whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="661"/>
        <source>--output %1: the name does not say which format to write (.md, .csv, .json or .txt); give --format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="705"/>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="83"/>
        <source>the program that runs the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="87"/>
        <source>%1 for vLLM / SGLang, %2 otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="108"/>
        <source>searches skip recipes whose published mean KL divergence against the 16-bit model is above this (0.25: 3-bit types and better; off: no floor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="112"/>
        <source>searches prefer a better recipe with CPU offload when it decodes at least this fast (0: quality first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="131"/>
        <source>compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="133"/>
        <source>transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="134"/>
        <source>memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="142"/>
        <source>vLLM KV pool per GPU: %1 x %2 = %3 - weights %4 - activation peak %5 - non-torch %6 = %7 available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="148"/>
        <source>vLLM KV cache: %1 blocks, %2 tokens; maximum concurrency for %3 tokens per request: %4x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="154"/>
        <source>vLLM outside the share: CUDA graphs %1, CUDA context %2 (%3 left by the utilization)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="162"/>
        <source>Serving %1 sequence(s) of %2 tokens with %3: %4 fit at once (the engine&apos;s limit: %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="170"/>
        <source>  vLLM&apos;s maximum concurrency for %1 tokens per request: %2x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="175"/>
        <source>  at %1 at once: %2 tokens/s each, %3 tokens/s in all (%4-bound)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="182"/>
        <source>  time to first token for %1 prompt tokens: %2 s idle, %3 s while the others decode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="188"/>
        <source>  the other %1 wait for a free %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="190"/>
        <source>share of the KV pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="190"/>
        <source>slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="199"/>
        <source>the model&apos;s MTP layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="200"/>
        <source>draft %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="201"/>
        <source>Speculative decoding with %1, %2 token(s) per step: weights %3, KV %4, compute %5 (%6 of it in RAM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="209"/>
        <source>  about %1 to %2 tokens/s decode (%3x to %4x at acceptance %5 to %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="221"/>
        <source>%1: %2 | %3 | %4 | context %5 x %6
</source>
        <translation>%1: %2 | %3 | %4 | context %5 x %6
</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="225"/>
        <source>Engine rules: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="226"/>
        <source>Headroom: %1</source>
        <translation>Headroom: %1</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="231"/>
        <source>Tensor parallel %1, pipeline parallel %2</source>
        <translation>Tensor parallel %1, pipeline parallel %2</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="234"/>
        <source>Layers on GPU: %1 of %2</source>
        <translation>Layers on GPU: %1 of %2</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="235"/>
        <source> (routed experts of the first %1 in RAM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="240"/>
        <source>  %1 %2 of %3 (weights %4, KV %5, compute %6, other %7, speculative decoding %8)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="247"/>
        <source>  %1 %2 of %3 (weights %4, KV %5, compute %6, other %7)
</source>
        <translation>  %1 %2 of %3 (weights %4, KV %5, compute %6, other %7)
</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="255"/>
        <source>Speed: about %1 tokens/s decode (%4-bound), %2 s to prefill %3 tokens (%5-bound)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="266"/>
        <source>Command:</source>
        <translation>Command:</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="278"/>
        <source>GPU  %1  %2 total, %3 free%4%5
</source>
        <translation>GPU  %1  %2 total, %3 free%4%5
</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="316"/>
        <source>Smallest setup of the GPU you named that fits on GPUs: %1 x %2 on %3 node(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="356"/>
        <source>option: KV cache %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="357"/>
        <source>option: context %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="358"/>
        <source>%1: %2, %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="373"/>
        <source>--batch %1 and --concurrency %2 ask for different numbers of sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="381"/>
        <source>--mtp and --draft-model are two kinds of speculative decoding: choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="383"/>
        <source>--concurrency is planned without speculative decoding: leave out --draft-model and --mtp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="386"/>
        <source>--draft-quant needs --draft-model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="612"/>
        <source>%1  %2  %3  max context %4  %5  %6
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="618"/>
        <source>KLD %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="618"/>
        <source>KLD unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="630"/>
        <source>the GPUs, RAM and CPU detected on this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="631"/>
        <source>print what was detected as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="633"/>
        <source>measure this machine&apos;s memory bandwidth and CPU dot-product rates (under 2 s) and store them for every speed estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="644"/>
        <source>list the GPU catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="645"/>
        <source>print the catalog as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="654"/>
        <source>where a model&apos;s layers go on the GPUs and in RAM, how fast it runs, and the command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="658"/>
        <source>tokens per sequence (prompt and reply); max: the largest that keeps the verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="664"/>
        <source>the quantization recipe; best: the best one that fits (not with --file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="670"/>
        <source>prompt tokens for the prefill time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="671"/>
        <source>the whole context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="673"/>
        <source>serve N sequences of --context tokens at once: how many fit (vLLM&apos;s KV pool, llama-server&apos;s -np slots), their decode speed together and the time to first token of a --prompt; sets --batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="677"/>
        <source>speculative decoding with this catalog model as the draft (llama-server -md, vLLM --speculative-config)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="681"/>
        <source>the draft model&apos;s quantization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="682"/>
        <source>the model&apos;s own where the draft runs it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="684"/>
        <source>speculative decoding with the model&apos;s own multi-token-prediction layers (vLLM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="686"/>
        <source>llama.cpp: memory kept free on each GPU whose free memory is detected (as llama.cpp&apos;s --fit-target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="690"/>
        <source>llama.cpp: offload whole layers only, never the routed experts of a MoE model alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="692"/>
        <source>also find the smallest catalog setup (GPUs and nodes) that holds the plan on GPUs, on the GPU named with --gpu first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="696"/>
        <source>print the plan as JSON; byte counts are integers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="706"/>
        <source>which catalog models run on this hardware, at which quantization, context and speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="708"/>
        <source>the context every model must hold at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="714"/>
        <source>print the table as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="726"/>
        <source>vLLM: sequences per step, the rows of its sampler warm-up and its CUDA-graph batch sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="729"/>
        <source>vLLM: tokens per step, the tokens of its profiling forward pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="732"/>
        <source>vLLM: capture no CUDA graphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="734"/>
        <source>vLLM: prefill whole prompts; the profiling pass then covers the whole context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliinspect.cpp" line="95"/>
        <location filename="../../app/cliplan.cpp" line="280"/>
        <location filename="../../app/cliplan.cpp" line="286"/>
        <location filename="../../app/cliplan.cpp" line="287"/>
        <location filename="../../app/cliplan.cpp" line="289"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="283"/>
        <source>, unified memory</source>
        <translation>, unified memory</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="285"/>
        <source>RAM  %1 total, %2 available
</source>
        <translation>RAM  %1 total, %2 available
</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="288"/>
        <source>CPU  %1 (%2 threads)
</source>
        <translation>CPU  %1 (%2 threads)
</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="322"/>
        <source>Smallest catalog setup that fits on GPUs: %1 x %2 on %3 node(s)</source>
        <translation>Smallest catalog setup that fits on GPUs: %1 x %2 on %3 node(s)</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="328"/>
        <source>No catalog setup fits on GPUs</source>
        <translation>No catalog setup fits on GPUs</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="610"/>
        <location filename="../../app/clitrain.cpp" line="275"/>
        <source>does not fit</source>
        <translation>does not fit</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="350"/>
        <source>%1 tok/s</source>
        <translation>%1 tok/s</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="350"/>
        <source>speed unknown</source>
        <translation>speed unknown</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="421"/>
        <source>unknown option %1</source>
        <translation>unknown option %1</translation>
    </message>
    <message>
        <location filename="../../app/cliinspect.cpp" line="144"/>
        <source>give a .gguf or .safetensors file, or a model folder</source>
        <translation>give a .gguf or .safetensors file, or a model folder</translation>
    </message>
    <message>
        <location filename="../../app/cliinspect.cpp" line="87"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../app/cliinspect.cpp" line="89"/>
        <source>Parts</source>
        <translation>Parts</translation>
    </message>
    <message>
        <location filename="../../app/cliinspect.cpp" line="91"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../app/cliinspect.cpp" line="92"/>
        <source> (vision projector)</source>
        <translation> (vision projector)</translation>
    </message>
    <message>
        <location filename="../../app/cliinspect.cpp" line="94"/>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <location filename="../../app/cliinspect.cpp" line="96"/>
        <source>Quantization</source>
        <translation>Quantization</translation>
    </message>
    <message>
        <location filename="../../app/cliinspect.cpp" line="100"/>
        <source>%1 %2 in %3 tensors
</source>
        <translation>%1 %2 in %3 tensors
</translation>
    </message>
    <message>
        <location filename="../../app/cliinspect.cpp" line="104"/>
        <source>%1 %2 (%3 bytes)
</source>
        <translation>%1 %2 (%3 bytes)
</translation>
    </message>
    <message>
        <location filename="../../app/cliinspect.cpp" line="112"/>
        <source>%1 %2 layers, %3 to %4 each; %5 outside the layers
</source>
        <translation>%1 %2 layers, %3 to %4 each; %5 outside the layers
</translation>
    </message>
    <message>
        <location filename="../../app/cliinspect.cpp" line="141"/>
        <source>what a .gguf/.safetensors file or model folder holds, read from its headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliinspect.cpp" line="143"/>
        <source>a .gguf or .safetensors file, or a folder of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliinspect.cpp" line="146"/>
        <source>print what the file holds as JSON; byte counts are integers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cliinspect.cpp" line="147"/>
        <source>with --json: list every tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="47"/>
        <location filename="../../app/cliinspect.cpp" line="99"/>
        <source> (%1 active)</source>
        <translation> (%1 active)</translation>
    </message>
    <message>
        <location filename="../../app/cliinspect.cpp" line="113"/>
        <source>Layers</source>
        <translation>Layers</translation>
    </message>
    <message>
        <location filename="../../app/cliinspect.cpp" line="119"/>
        <source>%1 hidden %2, %3 heads (%4 KV) x %5, context %6%7
</source>
        <translation>%1 hidden %2, %3 heads (%4 KV) x %5, context %6%7
</translation>
    </message>
    <message>
        <location filename="../../app/cliinspect.cpp" line="120"/>
        <source>Shape</source>
        <translation>Shape</translation>
    </message>
    <message>
        <location filename="../../app/cliinspect.cpp" line="127"/>
        <source>, %1 experts (%2 per token)</source>
        <translation>, %1 experts (%2 per token)</translation>
    </message>
    <message>
        <location filename="../../app/cliinspect.cpp" line="131"/>
        <source>Warning: </source>
        <translation>Warning: </translation>
    </message>
    <message>
        <location filename="../../app/screenshotcommand.cpp" line="32"/>
        <source>--%1 &apos;%2&apos; must be WIDTHxHEIGHT from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/screenshotcommand.cpp" line="47"/>
        <source>render the window into a PNG file and exit (no display needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/screenshotcommand.cpp" line="49"/>
        <source>the context length (it must not exceed the model&apos;s maximum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/screenshotcommand.cpp" line="51"/>
        <source>the PNG file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/screenshotcommand.cpp" line="55"/>
        <source>the quantization recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/screenshotcommand.cpp" line="59"/>
        <source>the first engine that runs the recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/screenshotcommand.cpp" line="60"/>
        <source>the chart tab to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/screenshotcommand.cpp" line="62"/>
        <source>the window&apos;s size in pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/screenshotcommand.cpp" line="64"/>
        <source>the language of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/screenshotcommand.cpp" line="66"/>
        <source>byte units: GiB (1024^3) or GB (1000^3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/screenshotcommand.cpp" line="68"/>
        <source>what-if hardware: a GPU from the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/screenshotcommand.cpp" line="70"/>
        <source>how many of that GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/screenshotcommand.cpp" line="73"/>
        <source>the colours: the system&apos;s, or a light or dark Fusion palette (as dark desktop themes give)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/screenshotcommand.cpp" line="77"/>
        <source>the Placement tab&apos;s concurrent users: above 1 it shows what a server does with them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/screenshotcommand.cpp" line="80"/>
        <source>a saved-scenarios file (as Scenarios &gt; Save scenario writes it) for --compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/screenshotcommand.cpp" line="83"/>
        <source>render the comparison of the current scenario with these saved ones (comma-separated) instead of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/screenshotcommand.cpp" line="87"/>
        <source>render Model &gt; Add custom model... reading this config.json (or showing the form, for &apos;form&apos;) instead of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/screenshotcommand.cpp" line="91"/>
        <source>render Help &gt; How is this computed? for one component (weights, kv-cache, recurrent-state, activations, overhead) or the whole report (&apos;report&apos;) instead of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/screenshotcommand.cpp" line="95"/>
        <source>open a model file or folder as File &gt; Open does, wait for it, and render the window with the message it shows, if any, centred over it as on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="44"/>
        <source>no GPU to train on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="54"/>
        <source>fits on %1 (%2 per GPU, %3 spare after the expected reserved peak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="58"/>
        <source>tight on %1: the peak allocated fits in %2, the allocator&apos;s expected reserve does not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="62"/>
        <source>does not fit: the offloaded %1 exceed the %2 of RAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="66"/>
        <source>does not fit on %1: %2 needed per GPU, %3 there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="131"/>
        <source>Trainable weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="133"/>
        <source>Gradients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="135"/>
        <source>Optimizer state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="139"/>
        <source>Logits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="141"/>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="142"/>
        <source>CUDA context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="148"/>
        <source>%1 | %2 | %3 | %4 | %5 x %6 tokens | %7 GPU(s), per GPU:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="160"/>
        <location filename="../../app/clitrain.cpp" line="200"/>
        <source>Peak allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="161"/>
        <source>(what torch.cuda.max_memory_allocated reports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="164"/>
        <source>(peak allocated + CUDA context)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="166"/>
        <location filename="../../app/clitrain.cpp" line="203"/>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="167"/>
        <source>(expected allocator reserve + CUDA context: what nvidia-smi shows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="169"/>
        <source>CPU memory per GPU: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="171"/>
        <source>Teacher GPU: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="172"/>
        <source>Verdict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="174"/>
        <location filename="../../app/clitrain.cpp" line="208"/>
        <source>Step: %1 s, %2 tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="179"/>
        <source>Job: %1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="189"/>
        <source>%1, %2, %3, micro-batch %4 x %5 tokens, %6 GPU(s); figures per GPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="194"/>
        <source>Component</source>
        <translation type="unfinished">Component</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="194"/>
        <location filename="../../app/clitrain.cpp" line="336"/>
        <source>Per GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="195"/>
        <source>How it is computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="201"/>
        <source>what torch.cuda.max_memory_allocated reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="204"/>
        <source>expected allocator reserve + CUDA context: what nvidia-smi shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="269"/>
        <source>fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="271"/>
        <source>tight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="273"/>
        <source>RAM short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="277"/>
        <location filename="../../app/clitrain.cpp" line="386"/>
        <source>no GPU</source>
        <translation type="unfinished">no GPU</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="314"/>
        <source>Students of %1 (%2) that share its tokenizer, for logit distillation with the teacher on the GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="318"/>
        <source>Students of %1: models smaller than it, fine-tuned on text it generated beforehand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="321"/>
        <source>%1, %2, %3, %4 tokens, up to %5 sequences per micro-batch, %6 GPU(s) of %7; figures per GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="329"/>
        <source>No smaller catalog model shares the teacher&apos;s tokenizer; --student-rule text lists every smaller model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="332"/>
        <source>No smaller catalog model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="335"/>
        <source>Model</source>
        <translation type="unfinished">Model</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="335"/>
        <source>Params</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="335"/>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="335"/>
        <source>Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="336"/>
        <source>Verdict</source>
        <translation type="unfinished">Verdict</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="336"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="347"/>
        <source>%1 (max)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="349"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="352"/>
        <source>Per GPU: the expected reserved peak (what nvidia-smi shows) at that micro-batch and sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="356"/>
        <source>Skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="370"/>
        <source>--find-students needs --teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="401"/>
        <source>--find-students prints text or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="428"/>
        <source>unknown teacher %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="450"/>
        <source>--offline-topk needs --teacher and --dataset-tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="482"/>
        <source>Offline distillation: top-%1 logits, %2 on disk; the teacher&apos;s forward over the dataset takes %3 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="489"/>
        <source>Offline distillation: top-%1 logits, %2 on disk; the GPU&apos;s throughput is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="510"/>
        <source>how the model is trained; a --teacher makes full distill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="513"/>
        <source>bf16: weights, gradients and state in bf16; amp: an fp32 master copy and fp32 state; fp32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="515"/>
        <source>the optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="518"/>
        <source>step each parameter as backward reaches it and free its gradient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="519"/>
        <source>the adapters&apos; rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="521"/>
        <source>the linear layers that get adapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="523"/>
        <source>adapters on routed experts too (MoE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="524"/>
        <source>QLoRA without double quantization (4.5 bits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="526"/>
        <source>what qat and qat-lora fake-quantize: 8da4w, int8 activations and int4 weights; 4w, int4 weights only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="536"/>
        <source>tokens per sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="538"/>
        <source>sequences per forward pass and GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="540"/>
        <source>micro-batches per optimizer step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="542"/>
        <source>several documents packed into each sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="543"/>
        <source>activation checkpointing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="545"/>
        <source>what moves to CPU memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="547"/>
        <source>flash attention / fused SDPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="550"/>
        <source>cross-entropy in chunks, upcasting one chunk at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="552"/>
        <source>how data-parallel GPUs share the model states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="560"/>
        <source>the frozen teacher of a distillation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="562"/>
        <source>the teacher&apos;s quantization recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="564"/>
        <source>the teacher runs on a GPU of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="566"/>
        <source>instead of one model: every catalog model that could be the --teacher&apos;s student, with the largest micro-batch (or sequence) that fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="569"/>
        <source>logits: students sharing the teacher&apos;s tokenizer, the teacher on the GPUs; text: any smaller model, trained on text the teacher generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="573"/>
        <source>the largest micro-batch --find-students tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="577"/>
        <source>offline distillation: the disk for the teacher&apos;s top-K logits of --dataset-tokens and the time to produce them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="580"/>
        <source>tokens in the dataset, for the job time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="582"/>
        <source>passes over the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="585"/>
        <source>the share of the GPUs&apos; dense 16-bit rate a step achieves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="596"/>
        <source>the memory per GPU and the time of fine-tuning, LoRA, QLoRA, QAT or distillation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="602"/>
        <source>data-parallel GPUs per node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="604"/>
        <source>machines of that kind in the data-parallel group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="607"/>
        <source>show how each figure was computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="608"/>
        <source>print the plan as JSON; byte counts are per GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="54"/>
        <source>&apos;%1&apos; needs a command first; &apos;fitplanner --help&apos; lists them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clihardware.cpp" line="23"/>
        <source>CPU measured %1: memory read %2 GB/s with %3 threads (%4 GB/s with one); billions of multiply-adds per second and thread: %5 (int8 on %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clihardware.cpp" line="67"/>
        <source>Measured in %1 s and stored: every speed estimate on this machine uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicustommodels.cpp" line="29"/>
        <source>--config PATH is required: the model&apos;s config.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicustommodels.cpp" line="50"/>
        <source>Added %1 (%2): %3 params, context %4, to %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicustommodels.cpp" line="62"/>
        <source>&quot;%1&quot; is a built-in model; only custom models can be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicustommodels.cpp" line="77"/>
        <source>Removed %1 from %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicustommodels.cpp" line="87"/>
        <source>add a custom model from its config.json; --model takes it from then on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicustommodels.cpp" line="90"/>
        <source>the model&apos;s Hugging Face config.json, validated as the catalog&apos;s entries are (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicustommodels.cpp" line="93"/>
        <source>the id --model will take: letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, not a built-in model&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicustommodels.cpp" line="94"/>
        <source>the name of the folder holding the config, in lower case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicustommodels.cpp" line="95"/>
        <source>the name shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicustommodels.cpp" line="96"/>
        <source>the id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicustommodels.cpp" line="102"/>
        <source>remove a custom model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicustommodels.cpp" line="104"/>
        <source>the custom model&apos;s id, as &apos;fitplanner models&apos; lists it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/clicustommodels.cpp" line="105"/>
        <source>give the id of the custom model to remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomModelDialog</name>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="45"/>
        <source>&amp;Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="46"/>
        <source>Transformer blocks (num_hidden_layers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="48"/>
        <source>&amp;Hidden size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="49"/>
        <source>Width of the residual stream (hidden_size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="51"/>
        <source>Attention head&amp;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="52"/>
        <source>Query heads per layer (num_attention_heads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="54"/>
        <source>&amp;KV heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="55"/>
        <source>Key/value heads per layer; fewer than the query heads is GQA (num_key_value_heads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="59"/>
        <source>Head &amp;dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="60"/>
        <source>Width of one attention head (head_dim)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="61"/>
        <source>Inter&amp;mediate size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="62"/>
        <source>Width of a dense gated MLP (intermediate_size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="64"/>
        <source>&amp;Vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="65"/>
        <source>Tokens in the vocabulary (vocab_size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="67"/>
        <source>&amp;Experts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="68"/>
        <source>Routed experts per layer; 0 for a dense model (num_experts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="70"/>
        <source>Experts &amp;active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="71"/>
        <source>Experts each token is routed to (num_experts_per_tok)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="73"/>
        <source>E&amp;xpert intermediate size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="74"/>
        <source>Width of one expert&apos;s gated MLP (moe_intermediate_size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="76"/>
        <source>&amp;Context length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="77"/>
        <source>Tokens the model was trained for (max_position_embeddings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="226"/>
        <source>the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="249"/>
        <location filename="../../views/custommodeldialog.cpp" line="285"/>
        <source>Reading %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="269"/>
        <source>Choose a config.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="270"/>
        <source>Hugging Face configuration (config.json *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="283"/>
        <source>Choose the model&apos;s config.json, or describe the model on the other tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="293"/>
        <source>Valid: %1, %2 parameters (%3 active), up to %4 tokens of context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="296"/>
        <source>Valid: %1, %2 parameters, up to %3 tokens of context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="309"/>
        <source>Add custom model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="310"/>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="311"/>
        <source>What --model and the search take: letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, not a built-in model&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="313"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="314"/>
        <source>the id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="315"/>
        <source>The name shown in the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="316"/>
        <source>From config.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="317"/>
        <source>From dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="318"/>
        <source>The model&apos;s Hugging Face config.json, read as the catalog&apos;s entries are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="319"/>
        <source>The model&apos;s dimensions; the form writes its config.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="320"/>
        <source>&amp;config.json:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="321"/>
        <source>Path to the model&apos;s config.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="322"/>
        <source>The file is validated as the catalog&apos;s entries are; the message below says what is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="323"/>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="324"/>
        <source>Choose the config.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="325"/>
        <source>A dense model is laid out as Llama (gated MLP, no biases); one with experts as Qwen3-MoE (every layer routed, per-head q/k norms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="331"/>
        <source>&amp;Tied embeddings (the output head shares the token embedding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="332"/>
        <source>tie_word_embeddings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="333"/>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <location filename="../../app/gui.cpp" line="106"/>
        <source>--screenshot needs a file name</source>
        <translation>--screenshot needs a file name</translation>
    </message>
    <message>
        <location filename="../../app/gui.cpp" line="136"/>
        <source>--context: %1 is beyond the model&apos;s maximum of %2 tokens</source>
        <translation>--context: %1 is beyond the model&apos;s maximum of %2 tokens</translation>
    </message>
    <message>
        <location filename="../../app/gui.cpp" line="237"/>
        <source>--open: the message box (%1x%2) does not fit the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui.cpp" line="248"/>
        <source>--size: the window cannot be laid out at %1x%2 (got %3x%4)</source>
        <translation>--size: the window cannot be laid out at %1x%2 (got %3x%4)</translation>
    </message>
    <message>
        <location filename="../../app/gui.cpp" line="257"/>
        <source>cannot write &apos;%1&apos;</source>
        <translation>cannot write &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../app/gui.cpp" line="321"/>
        <source>the X display %1 does not answer (no X server listens on it). Run a command instead (&apos;fitplanner --help&apos; lists them), start the X server, or choose another display or Qt platform with DISPLAY or QT_QPA_PLATFORM (for example QT_QPA_PLATFORM=offscreen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui.cpp" line="329"/>
        <source>there is no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set). Run a command instead (&apos;fitplanner --help&apos; lists them), or choose a display or a Qt platform with QT_QPA_PLATFORM (for example QT_QPA_PLATFORM=offscreen).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HardwarePanel</name>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="39"/>
        <source> (%1 free)</source>
        <translation> (%1 free)</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="290"/>
        <source>No hardware to plan for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="299"/>
        <source>%1x %2</source>
        <translation>%1x %2</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="302"/>
        <source>no GPU</source>
        <translation>no GPU</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="305"/>
        <source>RAM %1 (%2 free)</source>
        <translation>RAM %1 (%2 free)</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="307"/>
        <source>RAM %1</source>
        <translation>RAM %1</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="310"/>
        <source>Detected: %1</source>
        <translation>Detected: %1</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="311"/>
        <source>Detecting hardware... planning for %1</source>
        <translation>Detecting hardware... planning for %1</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="313"/>
        <source>What-if: %1</source>
        <translation>What-if: %1</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="317"/>
        <source>Entered by hand: %1</source>
        <translation>Entered by hand: %1</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="333"/>
        <source>Detecting hardware...</source>
        <translation>Detecting hardware...</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="337"/>
        <source>Not detected yet.</source>
        <translation>Not detected yet.</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="340"/>
        <source>Detecting hardware again...</source>
        <translation>Detecting hardware again...</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="340"/>
        <source>This machine:</source>
        <translation>This machine:</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="345"/>
        <source>, %1 GB/s</source>
        <translation>, %1 GB/s</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="347"/>
        <source>, unified memory</source>
        <translation>, unified memory</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="351"/>
        <source>No GPU found: models run on the CPU.</source>
        <translation>No GPU found: models run on the CPU.</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="354"/>
        <source>System RAM %1 (%2 available)</source>
        <translation>System RAM %1 (%2 available)</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="356"/>
        <source>System RAM %1</source>
        <translation>System RAM %1</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="358"/>
        <source>System RAM: could not be read</source>
        <translation>System RAM: could not be read</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="361"/>
        <source>CPU %1, %2 threads</source>
        <translation>CPU %1, %2 threads</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="362"/>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="364"/>
        <source>Measuring this machine&apos;s memory and CPU...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="367"/>
        <source>Measured: memory read %1 GB/s with %2 threads; %3 billion int8 multiply-adds/s per thread (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="373"/>
        <source>CPU not measured: CPU speeds assume typical figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="375"/>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="382"/>
        <source>&amp;Hardware:</source>
        <translation>&amp;Hardware:</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="383"/>
        <source>This machine (detected)</source>
        <translation>This machine (detected)</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="384"/>
        <source>What if I had...</source>
        <translation>What if I had...</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="385"/>
        <source>Entered by hand</source>
        <translation>Entered by hand</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="386"/>
        <source>Hardware to plan for</source>
        <translation>Hardware to plan for</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="387"/>
        <source>Detected: this machine; What if: GPUs from the catalog; Entered by hand: the memory in the scenario above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="389"/>
        <source>Detect &amp;again</source>
        <translation>Detect &amp;again</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="390"/>
        <source>&amp;Measure this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="391"/>
        <source>Measure memory bandwidth and CPU speed (under 2 s) for the speed estimates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="392"/>
        <source>&amp;GPU:</source>
        <translation>&amp;GPU:</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="393"/>
        <source>&amp;Count:</source>
        <translation>&amp;Count:</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="394"/>
        <source>System &amp;RAM:</source>
        <translation>System &amp;RAM:</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="395"/>
        <source>Detected devices</source>
        <translation>Detected devices</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="396"/>
        <source>Planning for the GPU memory and system RAM entered in the scenario above.</source>
        <translation>Planning for the GPU memory and system RAM entered in the scenario above.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../views/mainwindow.cpp" line="366"/>
        <source>About FitPlanner</source>
        <translation>About FitPlanner</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="1053"/>
        <source>&lt;p&gt;&lt;b&gt;FitPlanner %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Will this open-weights model run on your hardware? FitPlanner estimates weights, KV cache, activations and runtime overhead from the model&apos;s own dimensions and the engine&apos;s allocation rules. Hover any number to see how it was computed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;FitPlanner %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Will this open-weights model run on your hardware? FitPlanner estimates weights, KV cache, activations and runtime overhead from the model&apos;s own dimensions and the engine&apos;s allocation rules. Hover any number to see how it was computed.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="371"/>
        <source>FitPlanner</source>
        <translation>FitPlanner</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="372"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="375"/>
        <source>&amp;Export report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="376"/>
        <source>Export &amp;chart...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="377"/>
        <source>Copy report to the clip&amp;board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="380"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="381"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="382"/>
        <source>Stop reading the model file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="383"/>
        <source>&amp;Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="384"/>
        <source>&amp;Add custom model...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="385"/>
        <source>Add a model from its config.json or from its dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="386"/>
        <source>&amp;Remove custom model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="387"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="388"/>
        <source>&amp;Units</source>
        <translation>&amp;Units</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="389"/>
        <source>GiB (binary, as drivers report)</source>
        <translation>GiB (binary, as drivers report)</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="390"/>
        <source>GB (decimal)</source>
        <translation>GB (decimal)</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="391"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="392"/>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="393"/>
        <source>&amp;Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="394"/>
        <source>&amp;Save scenario...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="395"/>
        <source>&amp;Open scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="396"/>
        <source>&amp;Compare scenarios...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="397"/>
        <source>&amp;Delete scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="398"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="399"/>
        <source>&amp;How is this computed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="400"/>
        <source>&amp;About FitPlanner</source>
        <translation>&amp;About FitPlanner</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="401"/>
        <source>Quantizations</source>
        <translation>Quantizations</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="402"/>
        <source>Context</source>
        <translation>Context</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="407"/>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="408"/>
        <source>Memory &amp;breakdown (hover a row for the arithmetic)</source>
        <translation>Memory &amp;breakdown (hover a row for the arithmetic)</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="409"/>
        <source>Memory breakdown</source>
        <translation>Memory breakdown</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="410"/>
        <source>Memory by quantization table</source>
        <translation>Memory by quantization table</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="411"/>
        <source>Model catalog</source>
        <translation>Model catalog</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="582"/>
        <source>Opening cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="758"/>
        <source>There is no estimate to export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="781"/>
        <source>%1: cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="786"/>
        <source>the name must end in .png or .svg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="791"/>
        <location filename="../../views/mainwindow.cpp" line="800"/>
        <source>the image could not be encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="811"/>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="812"/>
        <source>CSV, one row per figure (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="813"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="815"/>
        <location filename="../../views/mainwindow.cpp" line="827"/>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="829"/>
        <location filename="../../views/mainwindow.cpp" line="849"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="834"/>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="835"/>
        <source>SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="837"/>
        <location filename="../../views/mainwindow.cpp" line="847"/>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="859"/>
        <source>Saved scenarios: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/mainwindow.cpp" line="860"/>
        <location filename="../../views/mainwindow.cpp" line="874"/>
        <source> (and %n more problem(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="873"/>
        <source>Custom models: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="929"/>
        <source>Add custom model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="942"/>
        <location filename="../../views/mainwindow.cpp" line="949"/>
        <source>Remove custom model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="943"/>
        <source>Remove the custom model %1 (%2)? Its entry is deleted from %3; a backup of the file is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="974"/>
        <source>Open scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="980"/>
        <source>Delete scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="1007"/>
        <source>No saved scenario is named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="1011"/>
        <source>%1: the model &quot;%2&quot; is not in the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="1027"/>
        <location filename="../../views/mainwindow.cpp" line="1031"/>
        <location filename="../../views/mainwindow.cpp" line="1036"/>
        <source>Save scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="1027"/>
        <source>Name of the scenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="1031"/>
        <source>Replace the saved scenario %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="1057"/>
        <source>&lt;p&gt;FitPlanner&apos;s source code is free software under the MIT licence. It is built with Qt %1 (Qt Core, Gui, Widgets, Concurrent and SVG under the LGPL 3; Qt Charts under the GPL 3) and nlohmann/json (MIT licence). Because it links Qt Charts, the program as built and distributed is covered by the GPL 3. The model configurations of the catalog are their publishers&apos; published config.json files; each model names its own licence.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="1083"/>
        <source>How is this computed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="1089"/>
        <source>One component with its formula and the engine&apos;s source, or the whole report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="1090"/>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="1095"/>
        <source>The whole report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="1105"/>
        <source>Every formula is described in the memory model and planning documents of FitPlanner&apos;s sources (docs/memory-model.md and docs/planning.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="1107"/>
        <source>Every formula is described in the [memory model](%1) and the [planning](%2) documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="282"/>
        <source>Open model file</source>
        <translation>Open model file</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/mainwindow.cpp" line="95"/>
        <source>(and %n more lines)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="161"/>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="282"/>
        <source>Model files (*.gguf *.safetensors);;All files (*)</source>
        <translation>Model files (*.gguf *.safetensors);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="287"/>
        <source>Open model folder</source>
        <translation>Open model folder</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="305"/>
        <source>The report is on the clipboard, as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="373"/>
        <source>&amp;Open model file...</source>
        <translation>&amp;Open model file...</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="374"/>
        <source>Open model &amp;folder...</source>
        <translation>Open model &amp;folder...</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="378"/>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="403"/>
        <source>Placement</source>
        <translation>Placement</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="404"/>
        <source>What can I run?</source>
        <translation>What can I run?</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="406"/>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="464"/>
        <source>Placement: no plan (%1)</source>
        <translation>Placement: no plan (%1)</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="467"/>
        <source>Placement on this hardware: %1</source>
        <translation>Placement on this hardware: %1</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="469"/>
        <source>, about %1 tokens/s</source>
        <translation>, about %1 tokens/s</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="471"/>
        <source>, short by %1</source>
        <translation>, short by %1</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="535"/>
        <source>Cannot plan for %1</source>
        <translation>Cannot plan for %1</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="552"/>
        <source>Opening %1...</source>
        <translation>Opening %1...</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="614"/>
        <source>Cannot open model file</source>
        <translation>Cannot open model file</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="615"/>
        <source>Cannot open %1:
%2</source>
        <translation>Cannot open %1:
%2</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="642"/>
        <source>Clear list</source>
        <translation>Clear list</translation>
    </message>
</context>
<context>
    <name>MemoryChartWidget</name>
    <message>
        <location filename="../../views/memorychartwidget.cpp" line="88"/>
        <location filename="../../views/memorychartwidget.cpp" line="324"/>
        <source>Memory by quantization chart</source>
        <translation>Memory by quantization chart</translation>
    </message>
    <message>
        <location filename="../../views/memorychartwidget.cpp" line="111"/>
        <location filename="../../views/memorychartwidget.cpp" line="327"/>
        <source>Memory by context length chart</source>
        <translation>Memory by context length chart</translation>
    </message>
    <message>
        <location filename="../../views/memorychartwidget.cpp" line="316"/>
        <source>Memory (%1)</source>
        <translation>Memory (%1)</translation>
    </message>
    <message>
        <location filename="../../views/memorychartwidget.cpp" line="318"/>
        <source>Context length (tokens per sequence)</source>
        <translation>Context length (tokens per sequence)</translation>
    </message>
    <message>
        <location filename="../../views/memorychartwidget.cpp" line="323"/>
        <source>Memory by quantization</source>
        <translation>Memory by quantization</translation>
    </message>
    <message>
        <location filename="../../views/memorychartwidget.cpp" line="326"/>
        <source>Memory by context length</source>
        <translation>Memory by context length</translation>
    </message>
    <message>
        <location filename="../../views/memorychartwidget.cpp" line="332"/>
        <source>Current context</source>
        <translation>Current context</translation>
    </message>
    <message>
        <location filename="../../views/memorychartwidget.cpp" line="335"/>
        <source>GPU %1</source>
        <translation>GPU %1</translation>
    </message>
    <message>
        <location filename="../../views/memorychartwidget.cpp" line="337"/>
        <source>GPU + RAM %1</source>
        <translation>GPU + RAM %1</translation>
    </message>
</context>
<context>
    <name>PlacementPanel</name>
    <message>
        <location filename="../../views/placementpanel.cpp" line="137"/>
        <source>No plan: %1</source>
        <translation>No plan: %1</translation>
    </message>
    <message>
        <location filename="../../views/placementpanel.cpp" line="145"/>
        <source> with %1 to spare</source>
        <translation> with %1 to spare</translation>
    </message>
    <message>
        <location filename="../../views/placementpanel.cpp" line="147"/>
        <source>: short by %1</source>
        <translation>: short by %1</translation>
    </message>
    <message>
        <location filename="../../views/placementpanel.cpp" line="149"/>
        <source>compute-bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/placementpanel.cpp" line="150"/>
        <source>bound by PCIe transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/placementpanel.cpp" line="151"/>
        <source>memory-bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/placementpanel.cpp" line="154"/>
        <source> &amp;mdash; about %1 tokens/s (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/placementpanel.cpp" line="158"/>
        <source>, %1 s to read a %2-token prompt (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/placementpanel.cpp" line="182"/>
        <source>Computing what %1 users at once get...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/placementpanel.cpp" line="189"/>
        <source>No serving estimate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/placementpanel.cpp" line="194"/>
        <source>%1 of %2 users fit at once (sequences of %3 tokens; at most %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/placementpanel.cpp" line="200"/>
        <source>: %1 tokens/s each, %2 tokens/s in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/placementpanel.cpp" line="204"/>
        <source>; first token of a %1-token prompt after %2 s (%3 s while the others decode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/placementpanel.cpp" line="215"/>
        <source>&amp;Users:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/placementpanel.cpp" line="216"/>
        <source>Concurrent users, each a sequence of the scenario&apos;s context: how many fit at once (vLLM&apos;s KV pool, llama-server&apos;s slots), their speed and the time to the first token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/placementpanel.cpp" line="218"/>
        <source>Engine &amp;command that runs this plan:</source>
        <translation>Engine &amp;command that runs this plan:</translation>
    </message>
    <message>
        <location filename="../../views/placementpanel.cpp" line="219"/>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;y</translation>
    </message>
    <message>
        <location filename="../../views/placementpanel.cpp" line="220"/>
        <source>Copy the command to the clipboard</source>
        <translation>Copy the command to the clipboard</translation>
    </message>
    <message>
        <location filename="../../views/placementpanel.cpp" line="221"/>
        <source>Placement per device</source>
        <translation>Placement per device</translation>
    </message>
    <message>
        <location filename="../../views/placementpanel.cpp" line="222"/>
        <source>Engine command</source>
        <translation>Engine command</translation>
    </message>
</context>
<context>
    <name>Planner::AppleSysctlProbe</name>
    <message>
        <location filename="../../model/hardware/applesysctlprobe.cpp" line="65"/>
        <source>sysctl is not available on this system</source>
        <translation>sysctl is not available on this system</translation>
    </message>
    <message>
        <location filename="../../model/hardware/applesysctlprobe.cpp" line="70"/>
        <source>sysctl hw.memsize cannot be read: unified memory is unknown</source>
        <translation>sysctl hw.memsize cannot be read: unified memory is unknown</translation>
    </message>
    <message>
        <location filename="../../model/hardware/applesysctlprobe.cpp" line="81"/>
        <source>&apos;%1&apos; is not Apple silicon: no unified-memory GPU is counted</source>
        <translation>&apos;%1&apos; is not Apple silicon: no unified-memory GPU is counted</translation>
    </message>
    <message>
        <location filename="../../model/hardware/applesysctlprobe.cpp" line="92"/>
        <source>iogpu.wired_limit_mb = %1: the GPU may wire %2 bytes of the %3 bytes of unified memory</source>
        <translation>iogpu.wired_limit_mb = %1: the GPU may wire %2 bytes of the %3 bytes of unified memory</translation>
    </message>
    <message>
        <location filename="../../model/hardware/applesysctlprobe.cpp" line="99"/>
        <source>iogpu.wired_limit_mb is %1: macOS lets the GPU wire its default share of unified memory, %2 bytes of %3 (2/3 up to 36 GiB, 3/4 above; raise it with sudo sysctl iogpu.wired_limit_mb=N)</source>
        <translation>iogpu.wired_limit_mb is %1: macOS lets the GPU wire its default share of unified memory, %2 bytes of %3 (2/3 up to 36 GiB, 3/4 above; raise it with sudo sysctl iogpu.wired_limit_mb=N)</translation>
    </message>
    <message>
        <location filename="../../model/hardware/applesysctlprobe.cpp" line="103"/>
        <source>unreadable</source>
        <translation>unreadable</translation>
    </message>
</context>
<context>
    <name>Planner::BoundedJson</name>
    <message>
        <location filename="../../model/io/boundedjson.cpp" line="183"/>
        <source>is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/boundedjson.cpp" line="168"/>
        <source>is not valid JSON (truncated or malformed)</source>
        <translation type="unfinished">is not valid JSON (truncated or malformed)</translation>
    </message>
    <message>
        <location filename="../../model/io/boundedjson.cpp" line="178"/>
        <source>holds more values than a file of its size plausibly needs (over %1 bytes once parsed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/boundedjson.cpp" line="173"/>
        <source>nests arrays and objects deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Planner::BreakdownModel</name>
    <message>
        <location filename="../../model/items/breakdownmodel.cpp" line="76"/>
        <source>Weights + KV cache + recurrent state + activations + overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/items/breakdownmodel.cpp" line="78"/>
        <location filename="../../model/items/breakdownmodel.cpp" line="93"/>
        <source>Weights + KV cache + activations + overhead</source>
        <translation>Weights + KV cache + activations + overhead</translation>
    </message>
    <message>
        <location filename="../../model/items/breakdownmodel.cpp" line="109"/>
        <source>Recurrent state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/items/breakdownmodel.cpp" line="115"/>
        <source>exact</source>
        <translation>exact</translation>
    </message>
    <message>
        <location filename="../../model/items/breakdownmodel.cpp" line="116"/>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location filename="../../model/items/breakdownmodel.cpp" line="159"/>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <location filename="../../model/items/breakdownmodel.cpp" line="161"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../model/items/breakdownmodel.cpp" line="163"/>
        <source>Range</source>
        <translation>Range</translation>
    </message>
    <message>
        <location filename="../../model/items/breakdownmodel.cpp" line="165"/>
        <source>Share</source>
        <translation>Share</translation>
    </message>
</context>
<context>
    <name>Planner::Component</name>
    <message>
        <location filename="../../model/items/fitverdict.cpp" line="20"/>
        <source>Weights</source>
        <translation>Weights</translation>
    </message>
    <message>
        <location filename="../../model/items/fitverdict.cpp" line="22"/>
        <source>KV cache</source>
        <translation>KV cache</translation>
    </message>
    <message>
        <location filename="../../model/items/fitverdict.cpp" line="24"/>
        <source>Activations</source>
        <translation>Activations</translation>
    </message>
    <message>
        <location filename="../../model/items/fitverdict.cpp" line="26"/>
        <source>Overhead</source>
        <translation>Overhead</translation>
    </message>
    <message>
        <location filename="../../model/items/fitverdict.cpp" line="28"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>Planner::ContextSweepModel</name>
    <message numerus="yes">
        <location filename="../../model/items/contextsweepmodel.cpp" line="87"/>
        <source>%n token(s) per sequence</source>
        <translation>
            <numerusform>%n token per sequence</numerusform>
            <numerusform>%n tokens per sequence</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../model/items/contextsweepmodel.cpp" line="106"/>
        <source>%1 at %2 tokens: %3</source>
        <translation>%1 at %2 tokens: %3</translation>
    </message>
    <message>
        <location filename="../../model/items/contextsweepmodel.cpp" line="136"/>
        <source>Recurrent state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/items/contextsweepmodel.cpp" line="143"/>
        <source>Context (tokens)</source>
        <translation>Context (tokens)</translation>
    </message>
</context>
<context>
    <name>Planner::CpuCalibration</name>
    <message>
        <location filename="../../model/hardware/cpucalibration.cpp" line="302"/>
        <source>calibration: %1 is missing or out of range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Planner::CpuInfoProbe</name>
    <message>
        <location filename="../../model/hardware/cpuinfoprobe.cpp" line="31"/>
        <source>%1 cannot be read (%2): the CPU is unknown</source>
        <translation>%1 cannot be read (%2): the CPU is unknown</translation>
    </message>
    <message>
        <location filename="../../model/hardware/cpuinfoprobe.cpp" line="77"/>
        <source>%1 names no CPU model</source>
        <translation>%1 names no CPU model</translation>
    </message>
    <message>
        <location filename="../../model/hardware/cpuinfoprobe.cpp" line="79"/>
        <source>%1 lists no processors: the core count is unknown</source>
        <translation>%1 lists no processors: the core count is unknown</translation>
    </message>
</context>
<context>
    <name>Planner::CustomModelStore</name>
    <message>
        <location filename="../../model/io/custommodelstore.cpp" line="57"/>
        <source>id &quot;%1&quot;: use 1 to %2 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/custommodelstore.cpp" line="61"/>
        <source>id &quot;%1&quot;: a built-in model has this id; choose another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/custommodelstore.cpp" line="63"/>
        <source>id &quot;%1&quot;: a custom model has this id already; remove it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/custommodelstore.cpp" line="66"/>
        <source>id &quot;%1&quot;: it names the built-in model %2; choose another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/custommodelstore.cpp" line="68"/>
        <source>name: longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/custommodelstore.cpp" line="70"/>
        <source>name &quot;%1&quot;: it names the built-in model %2; choose another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/custommodelstore.cpp" line="144"/>
        <source>%1: not JSON (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/custommodelstore.cpp" line="146"/>
        <source>%1: no &quot;models&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/custommodelstore.cpp" line="150"/>
        <source>; the file is kept as it is and moved aside at the next change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/custommodelstore.cpp" line="154"/>
        <source>%1: written by a newer FitPlanner (schema %2); reading the fields this version knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/custommodelstore.cpp" line="164"/>
        <source>%1: more than %2 custom models; the rest are skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/custommodelstore.cpp" line="178"/>
        <source>%1: not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/custommodelstore.cpp" line="181"/>
        <source>%1: the entry is skipped and kept in the file as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/custommodelstore.cpp" line="233"/>
        <source>There are %1 custom models already; remove some first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/custommodelstore.cpp" line="261"/>
        <source>&quot;%1&quot; is not a custom model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/custommodelstore.cpp" line="280"/>
        <source>%1 could not be read and cannot be moved aside to %2; it is left as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/custommodelstore.cpp" line="286"/>
        <source>%1 could not be read; it was moved to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/custommodelstore.cpp" line="291"/>
        <source>%1: no backup could be made at %2; the file is left as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/custommodelstore.cpp" line="302"/>
        <source>%1: cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Planner::DisplayText</name>
    <message numerus="yes">
        <location filename="../../model/io/displaytext.cpp" line="71"/>
        <source>%1 and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Planner::Engine</name>
    <message>
        <location filename="../../model/common/engine.cpp" line="22"/>
        <source>llama.cpp / Ollama / LM Studio</source>
        <translation>llama.cpp / Ollama / LM Studio</translation>
    </message>
    <message>
        <location filename="../../model/common/engine.cpp" line="25"/>
        <source>vLLM / SGLang</source>
        <translation>vLLM / SGLang</translation>
    </message>
    <message>
        <location filename="../../model/common/engine.cpp" line="26"/>
        <source>Hugging Face transformers</source>
        <translation>Hugging Face transformers</translation>
    </message>
    <message>
        <location filename="../../model/common/engine.cpp" line="28"/>
        <source>MLX (Apple)</source>
        <translation>MLX (Apple)</translation>
    </message>
</context>
<context>
    <name>Planner::EngineCommand</name>
    <message>
        <location filename="../../model/plan/enginecommand.cpp" line="102"/>
        <source># llama-quantize has no file type %1: write %2 with the tool that makes that format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/enginecommand.cpp" line="177"/>
        <source># no mlx-community %1 conversion of %2 is known: convert it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/enginecommand.cpp" line="184"/>
        <source># no published %1 checkpoint of %2 is known: quantize it into %3 first (AutoAWQ, GPTQModel or llm-compressor), then run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/enginecommand.cpp" line="242"/>
        <source># Python (transformers): loads the weights as planned; device_map=&quot;auto&quot; fills the GPUs, then CPU memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/enginecommand.cpp" line="435"/>
        <source># in LM Studio&apos;s load settings set &quot;Number of layers for which to force MoE weights onto CPU&quot; to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Planner::EstimateSession</name>
    <message>
        <location filename="../../model/items/estimatesession.cpp" line="168"/>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/items/estimatesession.cpp" line="444"/>
        <source>the opened file&apos;s own tensors: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/items/estimatesession.cpp" line="457"/>
        <source>re-quantize the file to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/items/estimatesession.cpp" line="527"/>
        <source>in system RAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/items/estimatesession.cpp" line="529"/>
        <source>Try %1: needs %2 (%3)</source>
        <translation>Try %1: needs %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../model/items/estimatesession.cpp" line="535"/>
        <source>Even %1, the smallest compared quantization, needs %2: choose a smaller model or more memory</source>
        <translation>Even %1, the smallest compared quantization, needs %2: choose a smaller model or more memory</translation>
    </message>
</context>
<context>
    <name>Planner::FitPlan</name>
    <message>
        <location filename="../../model/plan/fitplan.cpp" line="35"/>
        <source>Fits on the GPU</source>
        <translation>Fits on the GPU</translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplan.cpp" line="37"/>
        <source>Fits with CPU offload</source>
        <translation>Fits with CPU offload</translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplan.cpp" line="39"/>
        <source>Fits in system RAM only</source>
        <translation>Fits in system RAM only</translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplan.cpp" line="43"/>
        <source>Does not fit</source>
        <translation>Does not fit</translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplan.cpp" line="64"/>
        <source>Tight on the GPU</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Planner::FitPlanner</name>
    <message>
        <location filename="../../model/plan/speedmodel.cpp" line="657"/>
        <source>%1 has no known bandwidth or FP16 rate: no speed is estimated (choose it in the GPU catalog)</source>
        <translation>%1 has no known bandwidth or FP16 rate: no speed is estimated (choose it in the GPU catalog)</translation>
    </message>
    <message>
        <location filename="../../model/plan/speedmodel.cpp" line="545"/>
        <source>; the CPU part assumes %1 GB/s RAM bandwidth unless measured and %2 TFLOPS</source>
        <translation>; the CPU part assumes %1 GB/s RAM bandwidth unless measured and %2 TFLOPS</translation>
    </message>
    <message>
        <location filename="../../model/plan/speedmodel.cpp" line="466"/>
        <source>%1 [measured on this machine]: %2 per token at %3 GB/s streamed through the matrix-vector kernel (%4 threads); per thread %5 billion multiply-adds/s times a vector, %6 in prefill tiles (%7 kernels, %8); %9 us per layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/speedmodel.cpp" line="474"/>
        <source>float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/speedmodel.cpp" line="474"/>
        <source>int8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/speedmodel.cpp" line="475"/>
        <source>unknown instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/speedmodel.cpp" line="556"/>
        <source> Tensor parallel adds 2 all-reduces per layer and token, %1 us each.</source>
        <translation> Tensor parallel adds 2 all-reduces per layer and token, %1 us each.</translation>
    </message>
    <message>
        <location filename="../../model/plan/speedmodel.cpp" line="560"/>
        <source> Layers kept in RAM are prefilled on the GPU when that is faster, their weights streamed over PCIe at %1 GB/s once per micro-batch of %2 tokens.</source>
        <translation> Layers kept in RAM are prefilled on the GPU when that is faster, their weights streamed over PCIe at %1 GB/s once per micro-batch of %2 tokens.</translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplanner.cpp" line="724"/>
        <source>%1 does not run on the %2 engine</source>
        <translation>%1 does not run on the %2 engine</translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplanner.cpp" line="726"/>
        <source>node count %1 is out of range (1 to 1024)</source>
        <translation>node count %1 is out of range (1 to 1024)</translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplanner.cpp" line="730"/>
        <source>only vLLM / SGLang spread a model over several nodes (pipeline parallel)</source>
        <translation>only vLLM / SGLang spread a model over several nodes (pipeline parallel)</translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplanner.cpp" line="733"/>
        <source>GPU &apos;%1&apos; has no memory size</source>
        <translation>GPU &apos;%1&apos; has no memory size</translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplanner.cpp" line="343"/>
        <source>vLLM needs GPUs; none are available</source>
        <translation>vLLM needs GPUs; none are available</translation>
    </message>
    <message>
        <location filename="../../model/plan/speedmodel.cpp" line="387"/>
        <source>GeForce (CUDA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/speedmodel.cpp" line="389"/>
        <source>NVIDIA workstation (CUDA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/speedmodel.cpp" line="391"/>
        <source>NVIDIA datacenter (CUDA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/speedmodel.cpp" line="393"/>
        <source>NVIDIA Hopper / Blackwell datacenter (CUDA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/speedmodel.cpp" line="395"/>
        <source>Apple silicon (Metal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/speedmodel.cpp" line="397"/>
        <source>Radeon (ROCm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/speedmodel.cpp" line="399"/>
        <source>Instinct (ROCm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/speedmodel.cpp" line="403"/>
        <source>other GPU (Vulkan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/speedmodel.cpp" line="479"/>
        <source>%1: %2 per token at %3 GB/s, prefill at %4% of %5 TFLOPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/speedmodel.cpp" line="486"/>
        <source>%1 [%2]: %3 per token at %4% of %5 GB/s, %6 us per layer; prefill at %7% of %8 TFLOPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/speedmodel.cpp" line="498"/>
        <source> llama.cpp on GPUs (figures fitted to public llama-bench results per GPU class): %1 weights (%2 kernels) are read at %3% of the class&apos;s decode bandwidth and multiplied at %4% of its prefill rate; each token adds %5 ms of fixed costs (per layer, per expert and %6 ms per token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/speedmodel.cpp" line="508"/>
        <source> The layer split hands each token from GPU to GPU %1 time(s), %2 ms each; prefill pipelines micro-batches of %3 tokens over the GPUs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/speedmodel.cpp" line="514"/>
        <source> Routed experts are %1% of the active parameters; in prefill each expert multiplies about %2 tokens of a micro-batch and reaches %3% of the dense rate; decode walks all %4 experts of each expert matrix (%5 us each).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/speedmodel.cpp" line="535"/>
        <source>Decode reads the active weights and the whole KV cache once per token (at a full context of %1 tokens; %2 sequence(s) share each read): %3. Devices in sequence add their times; memory-bound kernels reach about %4% of peak bandwidth unless a device says otherwise. Prefill of %5 tokens: 2 x %6 active parameters x tokens at a share of each device&apos;s dense FP16 peak%7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/speedmodel.cpp" line="549"/>
        <source> Prefill adds %1 FLOPs of attention (each token attends to the tokens before it). Decode is %2-bound (each device takes the longer of reading its bytes and computing 2 x its active parameters x %3 token(s) at the prefill rate); prefill is %4-bound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/speedmodel.cpp" line="553"/>
        <location filename="../../model/plan/speedmodel.cpp" line="555"/>
        <source>compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/speedmodel.cpp" line="553"/>
        <source>memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/speedmodel.cpp" line="555"/>
        <source>transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/speedmodel.cpp" line="705"/>
        <source> A step of %1 sequences reads %2 distinct routed experts per MoE layer on average (each token picks %3 of %4), %5x the experts of one token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplanner.cpp" line="310"/>
        <source>vLLM refuses to start: one request of %1 tokens needs %2 of KV cache per GPU, more than the %3 available (gpu_memory_utilization x %4 - weights %5 - activation peak %6 - non-torch %7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplanner.cpp" line="320"/>
        <source>vLLM&apos;s KV pool holds %1 tokens: %2 sequences of %3 tokens at once, fewer than the %4 asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplanner.cpp" line="327"/>
        <source>the CUDA context (%1) and CUDA graphs (%2) need more than the %3 gpu_memory_utilization leaves on each GPU: vLLM would run out of memory capturing them; lower the utilization or use --enforce-eager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplanner.cpp" line="348"/>
        <source>tensor parallel size %1 would not divide the %2 attention heads / %3 KV heads; %4 of the %1 GPUs are used</source>
        <translation>tensor parallel size %1 would not divide the %2 attention heads / %3 KV heads; %4 of the %1 GPUs are used</translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplanner.cpp" line="378"/>
        <source>%1 (node %2, rank %3)</source>
        <translation>%1 (node %2, rank %3)</translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplanner.cpp" line="379"/>
        <source>%1 (rank %2)</source>
        <translation>%1 (rank %2)</translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplanner.cpp" line="405"/>
        <source>%1 has %2 free but --gpu-memory-utilization %3 asks for %4: vLLM refuses to start</source>
        <translation>%1 has %2 free but --gpu-memory-utilization %3 asks for %4: vLLM refuses to start</translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplanner.cpp" line="417"/>
        <source>vLLM does not fit: at least one GPU would need more than gpu_memory_utilization x its memory for weights, %1 KV cache and activations</source>
        <translation>vLLM does not fit: at least one GPU would need more than gpu_memory_utilization x its memory for weights, %1 KV cache and activations</translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplanner.cpp" line="424"/>
        <source>pipeline parallel over %1 nodes runs vLLM on a Ray cluster spanning them</source>
        <translation>pipeline parallel over %1 nodes runs vLLM on a Ray cluster spanning them</translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplanner.cpp" line="442"/>
        <source>system RAM is unknown: nothing can be placed in CPU memory</source>
        <translation>system RAM is unknown: nothing can be placed in CPU memory</translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplanner.cpp" line="496"/>
        <source>transformers runs the %1 layers kept in RAM on the first GPU (accelerate&apos;s offload hooks): it keeps %2 free there for the largest of them and holds their KV cache; the snippet&apos;s max_memory makes device_map=&quot;auto&quot; place the layers as planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplanner.cpp" line="533"/>
        <source>not even one layer fits on the GPU next to its compute buffer (%1) and runtime (%2)</source>
        <translation>not even one layer fits on the GPU next to its compute buffer (%1) and runtime (%2)</translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplanner.cpp" line="536"/>
        <source>CPU memory would need %1 but %2 is available</source>
        <translation>CPU memory would need %1 but %2 is available</translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplanner.cpp" line="549"/>
        <source>%1 of %2 layers on the GPU(s): one more layer needs %3 (its weights) but the fullest GPU has %4 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplanner.cpp" line="551"/>
        <source>%1 of %2 layers on the GPU(s): one more layer needs %3 (weights + KV) but the fullest GPU has %4 left</source>
        <translation>%1 of %2 layers on the GPU(s): one more layer needs %3 (weights + KV) but the fullest GPU has %4 left</translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplanner.cpp" line="675"/>
        <source>every layer on the GPU(s); the routed experts of the first %1 of %2 layers (%3) stay in system RAM (llama.cpp --n-cpu-moe %1), where a token reads only the experts it is routed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplanner.cpp" line="728"/>
        <source>fit margin %1 is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplanner.cpp" line="752"/>
        <source>expert offload (--n-cpu-moe %1) decodes at about %2 tokens/s, layer offload (-ngl %3) at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplanner.cpp" line="983"/>
        <source>%1 is kept free on each GPU next to the memory already in use (llama.cpp --fit&apos;s margin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplanner.cpp" line="853"/>
        <source>%1 tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplanner.cpp" line="853"/>
        <source>speed unknown</source>
        <translation type="unfinished">speed unknown</translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplanner.cpp" line="854"/>
        <source>unknown</source>
        <translation type="unfinished">unknown</translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplanner.cpp" line="860"/>
        <source>%1 with part of the model in system RAM (%2, usable from %3 tokens/s) rather than %4 on the GPU (%5): mean KL divergence %6 against %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplanner.cpp" line="865"/>
        <source>%1: the best quality that runs at a usable speed (%2, usable from %3 tokens/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplanner.cpp" line="873"/>
        <source>no quantization at or above the quality floor reaches %1 tokens/s here: %2 is the fastest that fits (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplanner.cpp" line="1090"/>
        <source>no quantization of %1 at or above the quality floor (mean KL divergence %2 or less) fits this hardware at a context of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplanner.cpp" line="1095"/>
        <source>no quantization of %1 fits this hardware at a context of %2</source>
        <translation>no quantization of %1 fits this hardware at a context of %2</translation>
    </message>
</context>
<context>
    <name>Planner::FitVerdict</name>
    <message>
        <location filename="../../model/items/fitverdict.cpp" line="62"/>
        <location filename="../../model/items/fitverdict.cpp" line="149"/>
        <source>Fits in %1 GPU memory with %2 to spare</source>
        <translation>Fits in %1 GPU memory with %2 to spare</translation>
    </message>
    <message>
        <location filename="../../model/items/fitverdict.cpp" line="67"/>
        <location filename="../../model/items/fitverdict.cpp" line="145"/>
        <source>Tight: needs %1 of %2 GPU memory, only %3 to spare (estimate up to %4)</source>
        <translation>Tight: needs %1 of %2 GPU memory, only %3 to spare (estimate up to %4)</translation>
    </message>
    <message>
        <location filename="../../model/items/fitverdict.cpp" line="73"/>
        <source>Fits only with CPU offload: needs %1; %2 GPU + %3 RAM leave %4 to spare</source>
        <translation>Fits only with CPU offload: needs %1; %2 GPU + %3 RAM leave %4 to spare</translation>
    </message>
    <message>
        <location filename="../../model/items/fitverdict.cpp" line="76"/>
        <location filename="../../model/items/fitverdict.cpp" line="162"/>
        <source>Runs from system RAM only: needs %1 of %2 RAM, %3 to spare</source>
        <translation>Runs from system RAM only: needs %1 of %2 RAM, %3 to spare</translation>
    </message>
    <message>
        <location filename="../../model/items/fitverdict.cpp" line="82"/>
        <source>Does not fit: needs %1; you have %2 GPU + %3 RAM (%4 short)</source>
        <translation>Does not fit: needs %1; you have %2 GPU + %3 RAM (%4 short)</translation>
    </message>
    <message>
        <location filename="../../model/items/fitverdict.cpp" line="154"/>
        <source>Fits only with CPU offload: %1 of %2 layers on the GPU, %3 in system RAM; %4 of RAM to spare</source>
        <translation>Fits only with CPU offload: %1 of %2 layers on the GPU, %3 in system RAM; %4 of RAM to spare</translation>
    </message>
    <message>
        <location filename="../../model/items/fitverdict.cpp" line="172"/>
        <source>Does not fit: needs %1; you have %2 GPU + %3 RAM (%4 short on the fullest device)</source>
        <translation>Does not fit: needs %1; you have %2 GPU + %3 RAM (%4 short on the fullest device)</translation>
    </message>
    <message>
        <location filename="../../model/items/fitverdict.cpp" line="176"/>
        <source>Does not fit: needs %1, and the engine may use %2 of GPU memory (%3 short on the fullest GPU)</source>
        <translation>Does not fit: needs %1, and the engine may use %2 of GPU memory (%3 short on the fullest GPU)</translation>
    </message>
    <message>
        <location filename="../../model/items/fitverdict.cpp" line="204"/>
        <source>Fits</source>
        <translation>Fits</translation>
    </message>
    <message>
        <location filename="../../model/items/fitverdict.cpp" line="206"/>
        <source>Tight</source>
        <translation>Tight</translation>
    </message>
    <message>
        <location filename="../../model/items/fitverdict.cpp" line="208"/>
        <source>CPU offload</source>
        <translation>CPU offload</translation>
    </message>
    <message>
        <location filename="../../model/items/fitverdict.cpp" line="210"/>
        <source>Does not fit</source>
        <translation>Does not fit</translation>
    </message>
</context>
<context>
    <name>Planner::GgufReader</name>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="121"/>
        <location filename="../../model/io/ggufreader.cpp" line="140"/>
        <source>the file ends inside %1 (at byte %2 of %3; truncated?)</source>
        <translation>the file ends inside %1 (at byte %2 of %3; truncated?)</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="126"/>
        <location filename="../../model/io/ggufreader.cpp" line="145"/>
        <source>the header exceeds %1 bytes (inside %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="129"/>
        <source>cannot read %1 at byte %2: %3</source>
        <translation>cannot read %1 at byte %2: %3</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="147"/>
        <source>cannot seek past %1 at byte %2</source>
        <translation>cannot seek past %1 at byte %2</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="180"/>
        <location filename="../../model/io/ggufreader.cpp" line="293"/>
        <source>the length of %1</source>
        <translation>the length of %1</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="184"/>
        <source>%1 claims %2 bytes (limit %3)</source>
        <translation>%1 claims %2 bytes (limit %3)</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="189"/>
        <source>%1 claims %2 bytes but only %3 remain (truncated?)</source>
        <translation>%1 claims %2 bytes but only %3 remain (truncated?)</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="249"/>
        <source>%1: a bool must be 0 or 1, found %2</source>
        <translation>%1: a bool must be 0 or 1, found %2</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="269"/>
        <source>%1: unexpected value type</source>
        <translation>%1: unexpected value type</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="279"/>
        <source>%1 is %2, not a GGUF value type (0 to 12)</source>
        <translation>%1 is %2, not a GGUF value type (0 to 12)</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="289"/>
        <source>%1: arrays nested deeper than %2 levels</source>
        <translation>%1: arrays nested deeper than %2 levels</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="290"/>
        <source>the element type of %1</source>
        <translation>the element type of %1</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="302"/>
        <source>%1 claims %2 elements of %3, more than the %4 bytes left in the file can hold</source>
        <translation>%1 claims %2 elements of %3, more than the %4 bytes left in the file can hold</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="456"/>
        <source>%1: not a GGUF file (only %2 bytes)</source>
        <translation>%1: not a GGUF file (only %2 bytes)</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="457"/>
        <source>the magic number</source>
        <translation>the magic number</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="460"/>
        <source>%1: not a GGUF file (the magic number is not &apos;GGUF&apos;)</source>
        <translation>%1: not a GGUF file (the magic number is not &apos;GGUF&apos;)</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="461"/>
        <source>the version</source>
        <translation>the version</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="465"/>
        <source>%1: big-endian GGUF files are not supported</source>
        <translation>%1: big-endian GGUF files are not supported</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="467"/>
        <source>%1: GGUF version 1 is obsolete and not supported (re-convert with a current llama.cpp)</source>
        <translation>%1: GGUF version 1 is obsolete and not supported (re-convert with a current llama.cpp)</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="470"/>
        <source>%1: unknown GGUF version %2 (supported: 2 and 3)</source>
        <translation>%1: unknown GGUF version %2 (supported: 2 and 3)</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="475"/>
        <source>the tensor count</source>
        <translation>the tensor count</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="476"/>
        <source>the metadata count</source>
        <translation>the metadata count</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="482"/>
        <source>%1: claims %2 tensors (limit %3)</source>
        <translation>%1: claims %2 tensors (limit %3)</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="484"/>
        <source>%1: claims %2 metadata entries (limit %3)</source>
        <translation>%1: claims %2 metadata entries (limit %3)</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="489"/>
        <source>%1: claims %2 tensors and %3 metadata entries, more than the file&apos;s %4 bytes can hold (truncated or corrupt)</source>
        <translation>%1: claims %2 tensors and %3 metadata entries, more than the file&apos;s %4 bytes can hold (truncated or corrupt)</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="587"/>
        <source>%1: reading was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="601"/>
        <source>the key of metadata entry %1</source>
        <translation>the key of metadata entry %1</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="605"/>
        <source>%1: metadata entry %2 has an empty key</source>
        <translation>%1: metadata entry %2 has an empty key</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="607"/>
        <source>%1: metadata key &apos;%2&apos; appears twice</source>
        <translation>%1: metadata key &apos;%2&apos; appears twice</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="610"/>
        <source>%1: the metadata keys take more than %2 bytes of memory (limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="613"/>
        <source>metadata &apos;%1&apos;</source>
        <translation>metadata &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="614"/>
        <source>the type of %1</source>
        <translation>the type of %1</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="594"/>
        <source>%1: the header exceeds %2 bytes</source>
        <translation>%1: the header exceeds %2 bytes</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="510"/>
        <source>%1: general.alignment must be a power of two stored as uint32, found %2 %3</source>
        <translation>%1: general.alignment must be a power of two stored as uint32, found %2 %3</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="629"/>
        <source>%1: metadata from &apos;%2&apos; on is not kept: the metadata&apos;s memory budget of %3 bytes is spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="642"/>
        <source>the name of tensor %1</source>
        <translation>the name of tensor %1</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="647"/>
        <source>%1: tensor %2 has an empty name</source>
        <translation>%1: tensor %2 has an empty name</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="649"/>
        <source>%1: tensor &apos;%2&apos; appears twice</source>
        <translation>%1: tensor &apos;%2&apos; appears twice</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="671"/>
        <source>the dimension count of tensor &apos;%1&apos;</source>
        <translation>the dimension count of tensor &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="675"/>
        <source>%1: tensor &apos;%2&apos; has %3 dimensions (1 to 4 allowed)</source>
        <translation>%1: tensor &apos;%2&apos; has %3 dimensions (1 to 4 allowed)</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="680"/>
        <source>the shape of tensor &apos;%1&apos;</source>
        <translation>the shape of tensor &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="684"/>
        <source>%1: tensor &apos;%2&apos; has dimension %3 = %4 (1 to %5 allowed)</source>
        <translation>%1: tensor &apos;%2&apos; has dimension %3 = %4 (1 to %5 allowed)</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="693"/>
        <source>%1: tensor &apos;%2&apos; has more elements than a 64-bit count can hold</source>
        <translation>%1: tensor &apos;%2&apos; has more elements than a 64-bit count can hold</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="702"/>
        <source>the type of tensor &apos;%1&apos;</source>
        <translation>the type of tensor &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="710"/>
        <source>%1: tensor &apos;%2&apos; has ggml type %3, which this version does not know (a newer llama.cpp type, or a corrupt file)</source>
        <translation>%1: tensor &apos;%2&apos; has ggml type %3, which this version does not know (a newer llama.cpp type, or a corrupt file)</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="716"/>
        <source>%1: tensor &apos;%2&apos; has rows of %3 elements, not a whole number of %4 blocks of %5</source>
        <translation>%1: tensor &apos;%2&apos; has rows of %3 elements, not a whole number of %4 blocks of %5</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="725"/>
        <source>%1: tensor &apos;%2&apos; claims an absurd size</source>
        <translation>%1: tensor &apos;%2&apos; claims an absurd size</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="653"/>
        <source>the offset of tensor &apos;%1&apos;</source>
        <translation>the offset of tensor &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="657"/>
        <source>%1: tensor &apos;%2&apos; has offset %3, past any file</source>
        <translation>%1: tensor &apos;%2&apos; has offset %3, past any file</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="660"/>
        <source>%1: tensor &apos;%2&apos; has offset %3, not a multiple of the alignment %4</source>
        <translation>%1: tensor &apos;%2&apos; has offset %3, not a multiple of the alignment %4</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="535"/>
        <source>%1: the file ends before its data section (header %2 bytes, file %3; truncated?)</source>
        <translation>%1: the file ends before its data section (header %2 bytes, file %3; truncated?)</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="554"/>
        <source>%1: tensor &apos;%2&apos; (%3 bytes at offset %4) runs past the end of the data section (%5 bytes; truncated?)</source>
        <translation>%1: tensor &apos;%2&apos; (%3 bytes at offset %4) runs past the end of the data section (%5 bytes; truncated?)</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="561"/>
        <source>%1: tensors &apos;%2&apos; and &apos;%3&apos; overlap (offset %4 is before %5)</source>
        <translation>%1: tensors &apos;%2&apos; and &apos;%3&apos; overlap (offset %4 is before %5)</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="569"/>
        <source>%1: %2 bytes after the last tensor are not used by any tensor</source>
        <translation>%1: %2 bytes after the last tensor are not used by any tensor</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="821"/>
        <source>%1: &apos;%2&apos; must be an integer or an array of integers</source>
        <translation>%1: &apos;%2&apos; must be an integer or an array of integers</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="825"/>
        <source>%1: &apos;%2&apos; differs between layers; the largest value %3 is used</source>
        <translation>%1: &apos;%2&apos; differs between layers; the largest value %3 is used</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="832"/>
        <source>%1: &apos;%2&apos; must be an integer, found %3</source>
        <translation>%1: &apos;%2&apos; must be an integer, found %3</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="837"/>
        <source>%1: &apos;%2&apos; = %3 is out of range (%4 to %5)</source>
        <translation>%1: &apos;%2&apos; = %3 is out of range (%4 to %5)</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="851"/>
        <source>%1: metadata &apos;%2&apos; is missing</source>
        <translation>%1: metadata &apos;%2&apos; is missing</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="948"/>
        <source>%1: %2.nextn_predict_layers %3 leaves no decoder block of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="975"/>
        <location filename="../../model/io/ggufreader.cpp" line="1120"/>
        <source>%1: %2.ssm.inner_size %3, time_step_rank %4 and group_count %5 do not divide evenly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="1005"/>
        <location filename="../../model/io/ggufreader.cpp" line="1293"/>
        <location filename="../../model/io/ggufreader.cpp" line="1462"/>
        <source>%1: %2.attention.head_count_kv must list the KV heads of each of the %3 blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="1013"/>
        <source>%1: %2.attention.head_count_kv differs between attention blocks (%3 and %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="1084"/>
        <source>%1: &apos;%2&apos; must be an array with an entry per block (%3 blocks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="1091"/>
        <source>%1: &apos;%2&apos; entry %3 is %4; llama.cpp builds ratios 0, 4 and 128</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="1142"/>
        <source>%1: %2.attention.head_count_kv and feed_forward_length must list each of the %3 blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="1230"/>
        <source>%1: %2.attention.sliding_window_pattern and head_count_kv must list each of the %3 blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="1263"/>
        <location filename="../../model/io/ggufreader.cpp" line="1340"/>
        <source>%1: %2.attention.head_count_kv does not divide head_count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="1352"/>
        <source>%1: %2.attention.head_count must list each of the %3 blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="1359"/>
        <source>%1: %2.attention.head_count[%3] = %4 is not a multiple of the %5 KV heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="1369"/>
        <source>%1: blk.0.attn_gate.weight must gate each of the %2 heads or each of their elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="1394"/>
        <source>%1: %2.attention.head_count and sliding_window_pattern must list each of the %3 blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="1408"/>
        <source>%1: block %2 has %3 heads and %4 KV heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="1439"/>
        <source>%1: %2.attention.sliding_window_pattern must list each of the %3 blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="1862"/>
        <source>%1: metadata &apos;general.architecture&apos; is missing</source>
        <translation>%1: metadata &apos;general.architecture&apos; is missing</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="1865"/>
        <source>%1: architecture &apos;%2&apos; is not supported (supported: %3)</source>
        <translation>%1: architecture &apos;%2&apos; is not supported (supported: %3)</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="1632"/>
        <source>%1: the tokenizer lists %2 tokens but token_embd.weight has %3 rows; the rows are used</source>
        <translation>%1: the tokenizer lists %2 tokens but token_embd.weight has %3 rows; the rows are used</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="1640"/>
        <source>%1: no vocabulary size (tokenizer.ggml.tokens, %2.vocab_size or token_embd.weight)</source>
        <translation>%1: no vocabulary size (tokenizer.ggml.tokens, %2.vocab_size or token_embd.weight)</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="913"/>
        <source>%1: %2.attention.key_length %3 is not larger than rope.dimension_count %4</source>
        <translation>%1: %2.attention.key_length %3 is not larger than rope.dimension_count %4</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="1183"/>
        <source>%1: per_layer_token_embd.weight must hold %2 x %3 values per token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="1191"/>
        <source>%1: %2.feed_forward_length must list each of the %3 blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="1198"/>
        <source>%1: %2.feed_forward_length[%3] = %4 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="1208"/>
        <source>%1: %2.attention.shared_kv_layers = %3 leaves fewer than two blocks with a KV cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="1215"/>
        <source>%1: block %2 would reuse the KV of block %3, which attends differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="1688"/>
        <source>%1: %2.expert_used_count %3 exceeds expert_count %4</source>
        <translation>%1: %2.expert_used_count %3 exceeds expert_count %4</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="1742"/>
        <source>%1: %2.attention.head_count_kv %3 does not divide head_count %4</source>
        <translation>%1: %2.attention.head_count_kv %3 does not divide head_count %4</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="1768"/>
        <source>%1: the %2 dimensions describe more than 2^52 weights (corrupt metadata?)</source>
        <translation>%1: the %2 dimensions describe more than 2^52 weights (corrupt metadata?)</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="1786"/>
        <source>missing %1</source>
        <translation>missing %1</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="1788"/>
        <source>%1 has %2 elements, expected %3</source>
        <translation>%1 has %2 elements, expected %3</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="1791"/>
        <source>unexpected %1</source>
        <translation>unexpected %1</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="1796"/>
        <source>%1: %2 tensors differ from the %3 layout (%4%5); sizes come from the file</source>
        <translation>%1: %2 tensors differ from the %3 layout (%4%5); sizes come from the file</translation>
    </message>
</context>
<context>
    <name>Planner::GpuCatalog</name>
    <message>
        <location filename="../../model/hardware/gpucatalog.cpp" line="152"/>
        <source>is missing</source>
        <translation>is missing</translation>
    </message>
    <message>
        <location filename="../../model/hardware/gpucatalog.cpp" line="147"/>
        <source>must be one of nvidia, amd, intel, apple (not &apos;%1&apos;)</source>
        <translation>must be one of nvidia, amd, intel, apple (not &apos;%1&apos;)</translation>
    </message>
    <message>
        <location filename="../../model/hardware/gpucatalog.cpp" line="155"/>
        <source>must be a positive whole number of bytes (at most 1 PiB)</source>
        <translation>must be a positive whole number of bytes (at most 1 PiB)</translation>
    </message>
    <message>
        <location filename="../../model/hardware/gpucatalog.cpp" line="172"/>
        <source>must be a non-empty array of positive whole numbers of GB</source>
        <translation>must be a non-empty array of positive whole numbers of GB</translation>
    </message>
    <message>
        <location filename="../../model/hardware/gpucatalog.cpp" line="191"/>
        <source>%1 is not in the GPU catalog; its bandwidth (%2 GB/s) is computed from the memory clock and bus width the driver reports</source>
        <translation>%1 is not in the GPU catalog; its bandwidth (%2 GB/s) is computed from the memory clock and bus width the driver reports</translation>
    </message>
    <message>
        <location filename="../../model/hardware/gpucatalog.cpp" line="196"/>
        <source>%1 is not in the GPU catalog: its memory bandwidth and FP16 rate are unknown, so no speed can be estimated for it</source>
        <translation>%1 is not in the GPU catalog: its memory bandwidth and FP16 rate are unknown, so no speed can be estimated for it</translation>
    </message>
    <message>
        <location filename="../../model/hardware/gpucatalog.cpp" line="207"/>
        <source>%1 reports %2 bytes of memory, but the catalog&apos;s %3 has %4; the speed figures assume the catalog&apos;s bandwidth</source>
        <translation>%1 reports %2 bytes of memory, but the catalog&apos;s %3 has %4; the speed figures assume the catalog&apos;s bandwidth</translation>
    </message>
</context>
<context>
    <name>Planner::GuardedFile</name>
    <message>
        <location filename="../../model/io/guardedfile.cpp" line="35"/>
        <source>%1: the file name is not valid in the file system&apos;s encoding (it cannot be decoded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/guardedfile.cpp" line="45"/>
        <location filename="../../model/io/guardedfile.cpp" line="116"/>
        <source>%1: is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/guardedfile.cpp" line="47"/>
        <source>%1: is a character device, not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/guardedfile.cpp" line="49"/>
        <source>%1: is a block device, not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/guardedfile.cpp" line="51"/>
        <source>%1: is a FIFO (named pipe), not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/guardedfile.cpp" line="53"/>
        <source>%1: is a socket, not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/guardedfile.cpp" line="54"/>
        <location filename="../../model/io/guardedfile.cpp" line="118"/>
        <source>%1: is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/guardedfile.cpp" line="61"/>
        <source>%1: a loop of symbolic links (too many levels of links)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/guardedfile.cpp" line="63"/>
        <source>%1: is a symbolic link to a file that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/guardedfile.cpp" line="64"/>
        <location filename="../../model/io/guardedfile.cpp" line="114"/>
        <source>%1: no such file or folder</source>
        <translation type="unfinished">%1: no such file or folder</translation>
    </message>
    <message>
        <location filename="../../model/io/guardedfile.cpp" line="66"/>
        <source>%1: permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/guardedfile.cpp" line="68"/>
        <source>%1: a part of the path is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/guardedfile.cpp" line="70"/>
        <source>%1: the path is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/guardedfile.cpp" line="72"/>
        <location filename="../../model/io/guardedfile.cpp" line="152"/>
        <location filename="../../model/io/guardedfile.cpp" line="158"/>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished">%1: cannot open: %2</translation>
    </message>
    <message>
        <location filename="../../model/io/guardedfile.cpp" line="112"/>
        <source>%1: is a symbolic link to a file that does not exist (or a loop of links)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/guardedfile.cpp" line="143"/>
        <source>%1: cannot inspect the open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/guardedfile.cpp" line="148"/>
        <location filename="../../model/io/guardedfile.cpp" line="183"/>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/guardedfile.cpp" line="172"/>
        <source>%1: not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/guardedfile.cpp" line="186"/>
        <source>%1: larger than the limit of %2 bytes for this kind of file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Planner::HardwareChoice</name>
    <message>
        <location filename="../../model/hardware/hardwarechoice.cpp" line="36"/>
        <source>%1 is unified memory: one per machine, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/hardware/hardwarechoice.cpp" line="96"/>
        <source>%1 GPUs: the count must be from 0 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/hardware/hardwarechoice.cpp" line="100"/>
        <source>GPU memory of %1 bytes: it cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/hardware/hardwarechoice.cpp" line="104"/>
        <source>RAM of %1 bytes: it cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/hardware/hardwarechoice.cpp" line="108"/>
        <source>%1 nodes: the count must be from 1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/hardware/hardwarechoice.cpp" line="114"/>
        <source>no GPU chosen from the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/hardware/hardwarechoice.cpp" line="119"/>
        <source>unknown GPU &apos;%1&apos;: it is not in the GPU catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/hardware/hardwarechoice.cpp" line="140"/>
        <source>%1 GPU(s) asked for, but only %2 GPU(s) were detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/hardware/hardwarechoice.cpp" line="149"/>
        <source>GPU with %1</source>
        <translation type="unfinished">GPU with %1</translation>
    </message>
    <message>
        <location filename="../../model/hardware/hardwarechoice.cpp" line="155"/>
        <source>manual GPU(s) of unknown bandwidth: no speed can be estimated</source>
        <translation type="unfinished">manual GPU(s) of unknown bandwidth: no speed can be estimated</translation>
    </message>
    <message>
        <location filename="../../model/hardware/hardwarechoice.cpp" line="183"/>
        <source>GPU (entered by hand)</source>
        <translation type="unfinished">GPU (entered by hand)</translation>
    </message>
</context>
<context>
    <name>Planner::HardwareDetector</name>
    <message>
        <location filename="../../model/hardware/hardwaredetector.cpp" line="67"/>
        <source>%1 NVIDIA GPU(s) on the PCI bus (%2) but NVML %3; their memory cannot be read, so they are not used for planning (install or repair the NVIDIA driver)</source>
        <translation>%1 NVIDIA GPU(s) on the PCI bus (%2) but NVML %3; their memory cannot be read, so they are not used for planning (install or repair the NVIDIA driver)</translation>
    </message>
    <message>
        <location filename="../../model/hardware/hardwaredetector.cpp" line="72"/>
        <source>listed only %1</source>
        <translation>listed only %1</translation>
    </message>
    <message>
        <location filename="../../model/hardware/hardwaredetector.cpp" line="73"/>
        <source>is not available</source>
        <translation>is not available</translation>
    </message>
    <message>
        <location filename="../../model/hardware/hardwaredetector.cpp" line="92"/>
        <source>no GPU was found: plans use system RAM only</source>
        <translation>no GPU was found: plans use system RAM only</translation>
    </message>
</context>
<context>
    <name>Planner::HfConfig</name>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="574"/>
        <location filename="../../model/io/hfconfig.cpp" line="1586"/>
        <source>is missing</source>
        <translation>is missing</translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="1148"/>
        <location filename="../../model/io/hfconfig.cpp" line="1209"/>
        <location filename="../../model/io/hfconfig.cpp" line="1414"/>
        <location filename="../../model/io/hfconfig.cpp" line="1513"/>
        <source>could not be read</source>
        <translation>could not be read</translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="437"/>
        <source>needs layer_types to name the kind of each of the %1 layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="446"/>
        <source>layer %1 (%2) shares the KV of an earlier layer of its kind, but none precedes layer %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="783"/>
        <source>%1 heads of %2 do not make the Mamba width %3 (mamba_expand x hidden_size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="1580"/>
        <source>must be a JSON object</source>
        <translation>must be a JSON object</translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="1592"/>
        <source>&apos;%1&apos; is not a supported architecture (supported: %2)</source>
        <translation>&apos;%1&apos; is not a supported architecture (supported: %2)</translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="113"/>
        <source>must hold layer numbers</source>
        <translation>must hold layer numbers</translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="1609"/>
        <source>is missing (the model has dense feed-forward layers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="1612"/>
        <source>%1 exceeds the %2 experts</source>
        <translation>%1 exceeds the %2 experts</translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="264"/>
        <location filename="../../model/io/hfconfig.cpp" line="1345"/>
        <source>must hold strings</source>
        <translation>must hold strings</translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="270"/>
        <location filename="../../model/io/hfconfig.cpp" line="505"/>
        <location filename="../../model/io/hfconfig.cpp" line="578"/>
        <location filename="../../model/io/hfconfig.cpp" line="832"/>
        <location filename="../../model/io/hfconfig.cpp" line="942"/>
        <location filename="../../model/io/hfconfig.cpp" line="1091"/>
        <location filename="../../model/io/hfconfig.cpp" line="1359"/>
        <source>has %1 entries for %2 layers</source>
        <translation>has %1 entries for %2 layers</translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="278"/>
        <source>entry %1 (&apos;%2&apos;) is not a layer kind this architecture has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="304"/>
        <source>%1 is not a multiple of the %2 key heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="346"/>
        <source>is missing (and layers_block_type names no layers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="358"/>
        <source>has %1 characters for %2 layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="365"/>
        <source>is missing (and so is layers_block_type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="400"/>
        <location filename="../../model/io/hfconfig.cpp" line="788"/>
        <source>%1 does not divide the %2 Mamba heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="476"/>
        <location filename="../../model/io/hfconfig.cpp" line="625"/>
        <location filename="../../model/io/hfconfig.cpp" line="868"/>
        <location filename="../../model/io/hfconfig.cpp" line="871"/>
        <location filename="../../model/io/hfconfig.cpp" line="1043"/>
        <location filename="../../model/io/hfconfig.cpp" line="1523"/>
        <source>%1 does not divide the %2 attention heads</source>
        <translation>%1 does not divide the %2 attention heads</translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="531"/>
        <source>the sparse-attention indexer needs a q_lora_rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="587"/>
        <source>entry %1 is %2; a layer compresses its keys by 0 (window only), 4 or 128 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="609"/>
        <source>is %1; DeepSeek-V4 attends with one shared key/value head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="613"/>
        <source>%1 exceeds head_dim %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="636"/>
        <source>%1 exceeds the %2 layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="645"/>
        <source>is &apos;%1&apos;; DeepSeek-V4 checkpoints store their experts in fp4 or fp8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="666"/>
        <location filename="../../model/io/hfconfig.cpp" line="881"/>
        <source>shared experts are not supported for this family yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="699"/>
        <source>short convolutions with biases are not supported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="718"/>
        <source>must hold layer numbers below %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="842"/>
        <source>is missing (it must list 0 or 1 for each of the %1 layers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="826"/>
        <source>must hold 0 or 1 for each layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="913"/>
        <source>mixes per-head and per-element gates, which is not supported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="924"/>
        <source>must be &quot;per-head&quot;, &quot;per-element&quot; or true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="950"/>
        <source>entry %1 must be a head count the %2 KV heads divide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="989"/>
        <source>%1 must be a whole number from 1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="1006"/>
        <source>must be a list of layer indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="1014"/>
        <source>&apos;%1&apos; is not a layer index from 0 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="1049"/>
        <source>%1 KV groups do not divide the %2 attention heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="1073"/>
        <source>is missing (nor does first_k_dense_replace say which layers have experts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="1097"/>
        <source>entry %1 is not a frequency base (0: no RoPE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="1114"/>
        <source>must hold layer numbers from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="1136"/>
        <source>is missing (it names the MLA layers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="1142"/>
        <source>layer %1 must be in exactly one of full_attn_layers and kda_layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="1164"/>
        <source>is missing (it names the MLA and Kimi Delta Attention layers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="1199"/>
        <source>is missing (it names the sparse-attention layers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="1203"/>
        <source>layer %1 has an indexer with values, which is not supported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="1224"/>
        <source>an attention output gate is not supported for this family yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="1466"/>
        <source>%1 exceeds the image_size of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="1484"/>
        <source>must be the vision width x merge_size^2 (%1), the width the adapter reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="1533"/>
        <source>these dimensions imply %1 parameters, far beyond any real model</source>
        <translation>these dimensions imply %1 parameters, far beyond any real model</translation>
    </message>
</context>
<context>
    <name>Planner::JsonFields</name>
    <message>
        <location filename="../../model/common/jsonfields.cpp" line="49"/>
        <source>the number is too large</source>
        <translation>the number is too large</translation>
    </message>
    <message>
        <location filename="../../model/common/jsonfields.cpp" line="56"/>
        <source>must be a whole number between %1 and %2</source>
        <translation>must be a whole number between %1 and %2</translation>
    </message>
    <message>
        <location filename="../../model/common/jsonfields.cpp" line="61"/>
        <location filename="../../model/common/jsonfields.cpp" line="93"/>
        <location filename="../../model/common/jsonfields.cpp" line="110"/>
        <source>must be a number, found %1</source>
        <translation>must be a number, found %1</translation>
    </message>
    <message>
        <location filename="../../model/common/jsonfields.cpp" line="65"/>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 is out of range (%2 to %3)</translation>
    </message>
    <message>
        <location filename="../../model/common/jsonfields.cpp" line="79"/>
        <location filename="../../model/common/jsonfields.cpp" line="89"/>
        <location filename="../../model/common/jsonfields.cpp" line="136"/>
        <location filename="../../model/common/jsonfields.cpp" line="157"/>
        <location filename="../../model/common/jsonfields.cpp" line="173"/>
        <source>is missing</source>
        <translation>is missing</translation>
    </message>
    <message>
        <location filename="../../model/common/jsonfields.cpp" line="98"/>
        <source>must be above 0 and at most %1</source>
        <translation>must be above 0 and at most %1</translation>
    </message>
    <message>
        <location filename="../../model/common/jsonfields.cpp" line="115"/>
        <source>must be between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/common/jsonfields.cpp" line="127"/>
        <source>must be true or false, found %1</source>
        <translation>must be true or false, found %1</translation>
    </message>
    <message>
        <location filename="../../model/common/jsonfields.cpp" line="148"/>
        <source>must be a string, found %1</source>
        <translation>must be a string, found %1</translation>
    </message>
    <message>
        <location filename="../../model/common/jsonfields.cpp" line="163"/>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <location filename="../../model/common/jsonfields.cpp" line="177"/>
        <location filename="../../model/common/jsonfields.cpp" line="184"/>
        <source>must be a non-empty array of strings</source>
        <translation>must be a non-empty array of strings</translation>
    </message>
    <message>
        <location filename="../../model/common/jsonfields.cpp" line="177"/>
        <location filename="../../model/common/jsonfields.cpp" line="184"/>
        <source>must be an array of strings</source>
        <translation>must be an array of strings</translation>
    </message>
    <message>
        <location filename="../../model/common/jsonfields.cpp" line="198"/>
        <source>must be an object, found %1</source>
        <translation>must be an object, found %1</translation>
    </message>
    <message>
        <location filename="../../model/common/jsonfields.cpp" line="210"/>
        <source>must be an array, found %1</source>
        <translation>must be an array, found %1</translation>
    </message>
    <message>
        <location filename="../../model/common/jsonfields.cpp" line="239"/>
        <source>is not valid JSON (truncated or malformed)</source>
        <translation>is not valid JSON (truncated or malformed)</translation>
    </message>
    <message>
        <location filename="../../model/common/jsonfields.cpp" line="252"/>
        <source>must be an array</source>
        <translation>must be an array</translation>
    </message>
    <message>
        <location filename="../../model/common/jsonfields.cpp" line="261"/>
        <source>&apos;%1&apos; appears more than once</source>
        <translation>&apos;%1&apos; appears more than once</translation>
    </message>
    <message>
        <location filename="../../model/common/jsonfields.cpp" line="276"/>
        <source>must be an object</source>
        <translation>must be an object</translation>
    </message>
</context>
<context>
    <name>Planner::MemInfoProbe</name>
    <message>
        <location filename="../../model/hardware/meminfoprobe.cpp" line="31"/>
        <source>%1 cannot be read (%2): system RAM is unknown</source>
        <translation>%1 cannot be read (%2): system RAM is unknown</translation>
    </message>
    <message>
        <location filename="../../model/hardware/meminfoprobe.cpp" line="57"/>
        <source>%1 has no readable %2: %3 is unknown</source>
        <translation>%1 has no readable %2: %3 is unknown</translation>
    </message>
    <message>
        <location filename="../../model/hardware/meminfoprobe.cpp" line="60"/>
        <source>system RAM</source>
        <translation>system RAM</translation>
    </message>
    <message>
        <location filename="../../model/hardware/meminfoprobe.cpp" line="63"/>
        <source>available RAM</source>
        <translation>available RAM</translation>
    </message>
    <message>
        <location filename="../../model/hardware/meminfoprobe.cpp" line="64"/>
        <source>swap</source>
        <translation>swap</translation>
    </message>
    <message>
        <location filename="../../model/hardware/meminfoprobe.cpp" line="65"/>
        <source>free swap</source>
        <translation>free swap</translation>
    </message>
    <message>
        <location filename="../../model/hardware/meminfoprobe.cpp" line="67"/>
        <source>%1 reports more available than total RAM; available RAM is unknown</source>
        <translation>%1 reports more available than total RAM; available RAM is unknown</translation>
    </message>
</context>
<context>
    <name>Planner::MemoryEstimator</name>
    <message>
        <location filename="../../model/memory/memoryestimator.cpp" line="252"/>
        <source>quantization &apos;%1&apos; has no rule for this architecture</source>
        <translation>quantization &apos;%1&apos; has no rule for this architecture</translation>
    </message>
    <message>
        <location filename="../../model/memory/memoryestimator.cpp" line="257"/>
        <source>storage type &apos;%1&apos; of tensor %2 (layer %3) is not in the catalog</source>
        <translation>storage type &apos;%1&apos; of tensor %2 (layer %3) is not in the catalog</translation>
    </message>
    <message>
        <location filename="../../model/memory/memoryestimator.cpp" line="698"/>
        <source>%1 parameters in %2 tensors stored as %3 (%4 bits per weight): %5</source>
        <translation>%1 parameters in %2 tensors stored as %3 (%4 bits per weight): %5</translation>
    </message>
    <message>
        <location filename="../../model/memory/memoryestimator.cpp" line="432"/>
        <source>model &apos;%1&apos; has no layers, hidden size or vocabulary</source>
        <translation>model &apos;%1&apos; has no layers, hidden size or vocabulary</translation>
    </message>
    <message>
        <location filename="../../model/memory/memoryestimator.cpp" line="434"/>
        <source>context %1 is out of range (1 to %2 tokens)</source>
        <translation>context %1 is out of range (1 to %2 tokens)</translation>
    </message>
    <message>
        <location filename="../../model/memory/memoryestimator.cpp" line="436"/>
        <source>batch %1 is out of range (1 to %2 sequences)</source>
        <translation>batch %1 is out of range (1 to %2 sequences)</translation>
    </message>
    <message>
        <location filename="../../model/memory/memoryestimator.cpp" line="438"/>
        <source>micro-batch %1 is out of range</source>
        <translation>micro-batch %1 is out of range</translation>
    </message>
    <message>
        <location filename="../../model/memory/memoryestimator.cpp" line="440"/>
        <source>GPU memory utilization %1 must be above 0 and at most 1</source>
        <translation>GPU memory utilization %1 must be above 0 and at most 1</translation>
    </message>
    <message>
        <location filename="../../model/memory/memoryestimator.cpp" line="472"/>
        <source>DeepSeek-V4: every layer keeps the last %1 raw keys (one shared key/value head of %2, %3); %4 layers add one compressed key per 4 tokens and one lightning-indexer key (%5 dims) as often, %6 layers one compressed key per 128 tokens, %7 layers the window alone; %8 bytes per token past the window. %9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/memoryestimator.cpp" line="526"/>
        <source>(MLA latent (%1 + %2 rope) + indexer key %3) x %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/memoryestimator.cpp" line="559"/>
        <source> + %1 chunked-attention layers x %2 tokens (chunk %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/memoryestimator.cpp" line="564"/>
        <source> + %1 MTP layers x %2 tokens (cached, weights not loaded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/memoryestimator.cpp" line="572"/>
        <source>The %1 full-attention layers have their own shape: 2 (K,V) x %2 KV heads x %3 dims = %4 bytes per layer and token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/memoryestimator.cpp" line="581"/>
        <source>The last %1 of the %2 layers hold no KV cache of their own: each reads that of an earlier layer of its kind (KV sharing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/memoryestimator.cpp" line="587"/>
        <source>%1 of the %2 layers hold no KV cache (recurrent or feed-forward only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/memoryestimator.cpp" line="737"/>
        <source>unknown quantization &apos;%1&apos; (known: %2)</source>
        <translation>unknown quantization &apos;%1&apos; (known: %2)</translation>
    </message>
    <message>
        <location filename="../../model/memory/memoryestimator.cpp" line="740"/>
        <source>%1 cannot run %2 (it runs on: %3)</source>
        <translation>%1 cannot run %2 (it runs on: %3)</translation>
    </message>
    <message>
        <location filename="../../model/memory/memoryestimator.cpp" line="751"/>
        <source>KV cache type &apos;%1&apos; is not available in %2 (choose one of: %3)</source>
        <translation>KV cache type &apos;%1&apos; is not available in %2 (choose one of: %3)</translation>
    </message>
    <message>
        <location filename="../../model/memory/memoryestimator.cpp" line="805"/>
        <source>the model was trained for %1 tokens of context; its config.json&apos;s max_position_embeddings says %2, which is not offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/llamacppengine.cpp" line="64"/>
        <source>llama.cpp needs flash attention for a quantized V cache (%1); turn flash attention on</source>
        <translation>llama.cpp needs flash attention for a quantized V cache (%1); turn flash attention on</translation>
    </message>
    <message>
        <location filename="../../model/memory/memoryestimator.cpp" line="386"/>
        <source>tensor %1 of the model file has a negative size</source>
        <translation>tensor %1 of the model file has a negative size</translation>
    </message>
    <message>
        <location filename="../../model/memory/memoryestimator.cpp" line="696"/>
        <source>%1 parameters in %2 tensors as stored in the model file (%3, %4 bits per weight): %5</source>
        <translation>%1 parameters in %2 tensors as stored in the model file (%3, %4 bits per weight): %5</translation>
    </message>
    <message>
        <location filename="../../model/memory/memoryestimator.cpp" line="720"/>
        <source>tensor %1 of the projector file has a negative size</source>
        <translation>tensor %1 of the projector file has a negative size</translation>
    </message>
    <message>
        <location filename="../../model/memory/vllmengine.cpp" line="34"/>
        <source>vllm/model_executor/model_loader/default_loader.py load_weights, vllm/model_executor/layers/quantization/ (each method&apos;s create_weights), the model&apos;s file under vllm/model_executor/models/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/vllmengine.cpp" line="38"/>
        <source>vllm/v1/worker/gpu_worker.py determine_available_memory, vllm/v1/core/kv_cache_utils.py get_kv_cache_config (blocks of 16 tokens in what gpu_memory_utilization leaves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/vllmengine.cpp" line="41"/>
        <source>vllm/model_executor/layers/mamba/mamba_utils.py MambaStateShapeCalculator, MambaStateDtypeCalculator; vllm/v1/core/kv_cache_utils.py (one page size for the hybrid groups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/vllmengine.cpp" line="45"/>
        <source>vllm/v1/worker/gpu_model_runner.py profile_run -&gt; _dummy_run, _dummy_sampler_run; vllm/utils memory_profiling (the torch peak it subtracts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/vllmengine.cpp" line="48"/>
        <source>vllm/v1/worker/gpu_model_runner.py capture_model (the CUDA graphs&apos; pool), vllm/config/compilation.py (the capture sizes); the CUDA context is measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/vllmengine.cpp" line="142"/>
        <source>vLLM&apos;s MXFP4 experts on Hopper (Triton kernels) take %1 more per MoE layer than stored: a swizzled copy of their scales beside the loaded ones and float32 biases; up to %2 with the Marlin kernel (Ampere GPUs, builds without triton_kernels), which pads the intermediate size to %3 and the hidden size to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/vllmengine.cpp" line="195"/>
        <source>%1: convolution state %2 elements x %3 bytes + SSM state %4 elements x %5 bytes per sequence slot x %6 sequences (vLLM&apos;s mamba state cache); constant in the context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/vllmengine.cpp" line="217"/>
        <source>vLLM needs %1 sequences x %2 tokens in 16-token blocks</source>
        <translation>vLLM needs %1 sequences x %2 tokens in 16-token blocks</translation>
    </message>
    <message>
        <location filename="../../model/memory/vllmengine.cpp" line="366"/>
        <source>vLLM&apos;s profile run (the torch peak it measures): the larger of the dummy forward of %1 tokens (%2; max_num_batched_tokens%3) and the sampler warm-up over %4 rows x %5 vocabulary x %6 bytes (%7; gathered logits, their float32 copy and the sort of top-k / top-p). Under tensor parallelism the forward&apos;s projections are split and the sampler is replicated on every rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/vllmengine.cpp" line="373"/>
        <source>, or max_model_len without chunked prefill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/vllmengine.cpp" line="390"/>
        <source>non-torch memory %1 (allocations outside PyTorch; a tensor-parallel group adds its NCCL and all-reduce buffers, about 0.4 GiB per GPU) + CUDA graphs %2 (%3 graphs of %4 pieces%5; captured after the KV pool is sized, from the memory gpu_memory_utilization leaves) + CUDA context %6. vLLM fills gpu_memory_utilization = %7 x GPU memory - weights - activation peak - non-torch memory with KV blocks of %8 tokens; plan shows that pool, the tokens it holds and the concurrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/vllmengine.cpp" line="400"/>
        <source>, none with --enforce-eager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/transformersengine.cpp" line="34"/>
        <source>src/transformers/modeling_utils.py PreTrainedModel.from_pretrained (dtype, device_map), src/transformers/integrations/bitsandbytes.py, src/transformers/integrations/moe.py</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/transformersengine.cpp" line="37"/>
        <source>src/transformers/cache_utils.py DynamicCache, DynamicLayer, DynamicSlidingWindowLayer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/transformersengine.cpp" line="39"/>
        <source>each hybrid model&apos;s own cache class in src/transformers/models/&lt;model&gt;/modeling_&lt;model&gt;.py (Qwen3NextDynamicCache and its relatives)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/transformersengine.cpp" line="42"/>
        <source>src/transformers/generation/utils.py GenerationMixin.generate (the whole prompt in one forward), src/transformers/integrations/sdpa_attention.py</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/transformersengine.cpp" line="45"/>
        <source>PyTorch c10/cuda/CUDACachingAllocator.cpp (block rounding and cached blocks); the CUDA context and cuBLAS workspace are measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/transformersengine.cpp" line="91"/>
        <source>transformers&apos; DynamicCache grows to %1 sequences x %2 tokens; its sliding-window layers keep the last %3 tokens (window - 1) and an 8-byte window scalar each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/transformersengine.cpp" line="96"/>
        <source>transformers&apos; cache grows to %1 sequences x %2 tokens</source>
        <translation>transformers&apos; cache grows to %1 sequences x %2 tokens</translation>
    </message>
    <message>
        <location filename="../../model/memory/transformersengine.cpp" line="137"/>
        <source>%1: convolution state %2 elements (the whole kernel width) in %3 + recurrent state %4 elements in F32 per sequence x %5 sequences; constant in the context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/transformersengine.cpp" line="240"/>
        <source>the MLP 2 x (3 x %1 + 4 x %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/transformersengine.cpp" line="241"/>
        <source>the attention tensors %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/transformersengine.cpp" line="243"/>
        <source>the MoE dispatch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/transformersengine.cpp" line="244"/>
        <source>whole-prompt prefill of %1 sequences x %2 tokens: %3 tokens x %4 bytes (the largest of %5) + last-token logits %1 x %6 x 8 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/transformersengine.cpp" line="254"/>
        <source>MoE layers run grouped_mm: each token becomes %1 rows sorted by expert, the rows&apos; hidden states, expert outputs and their weighted and reordered copies (routing weights in %2-bit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/transformersengine.cpp" line="260"/>
        <source>The sliding-window layers still hold the whole prompt until the first decoding step (%1 beyond their window) and SDPA takes their boolean mask (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/transformersengine.cpp" line="290"/>
        <source>CUDA context and libraries %1 + cuBLAS workspace %2 + caching-allocator slack %3 (2 x the prefill&apos;s largest tensor %4, at least 256 MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/mlxengine.cpp" line="33"/>
        <source>mlx_lm/utils.py load_model (nn.quantize with the checkpoint&apos;s bits and group size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/mlxengine.cpp" line="35"/>
        <source>mlx_lm/models/cache.py KVCache.update_and_fetch (grown in steps of 256 tokens), RotatingKVCache (sliding windows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/mlxengine.cpp" line="38"/>
        <source>mlx_lm/models/cache.py ArraysCache, mlx_lm/models/gated_delta.py</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/mlxengine.cpp" line="40"/>
        <source>mlx_lm/generate.py generate_step (the prompt in chunks of prefill_step_size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/mlxengine.cpp" line="42"/>
        <source>mlx/backend/metal/allocator.cpp (the buffer cache); the Metal context is measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/mlxengine.cpp" line="82"/>
        <source>mlx-lm grows the cache in steps of 256 tokens per sequence</source>
        <translation>mlx-lm grows the cache in steps of 256 tokens per sequence</translation>
    </message>
    <message>
        <location filename="../../model/memory/mlxengine.cpp" line="123"/>
        <source>%1: convolution state %2 elements in %3 + recurrent state %4 elements in F32 per sequence x %5 sequences; constant in the context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/memoryestimator.cpp" line="532"/>
        <source>MLA latent (%1 + %2 rope) x %3</source>
        <translation>MLA latent (%1 + %2 rope) x %3</translation>
    </message>
    <message>
        <location filename="../../model/memory/memoryestimator.cpp" line="534"/>
        <source>K %1 heads x %2 + V %1 heads x %3, %4</source>
        <translation>K %1 heads x %2 + V %1 heads x %3, %4</translation>
    </message>
    <message>
        <location filename="../../model/memory/memoryestimator.cpp" line="540"/>
        <source>2 (K,V) x %1 KV heads x %2 dims x %3</source>
        <translation>2 (K,V) x %1 KV heads x %2 dims x %3</translation>
    </message>
    <message>
        <location filename="../../model/memory/memoryestimator.cpp" line="552"/>
        <source>%1 layers x %2 tokens</source>
        <translation>%1 layers x %2 tokens</translation>
    </message>
    <message>
        <location filename="../../model/memory/memoryestimator.cpp" line="554"/>
        <source> + %1 sliding-window layers x %2 tokens (window %3)</source>
        <translation> + %1 sliding-window layers x %2 tokens (window %3)</translation>
    </message>
    <message>
        <location filename="../../model/memory/memoryestimator.cpp" line="565"/>
        <source>%1 x %2 = %3 bytes per layer and token. %4.</source>
        <translation>%1 x %2 = %3 bytes per layer and token. %4.</translation>
    </message>
    <message>
        <location filename="../../model/memory/llamacppengine.cpp" line="33"/>
        <source>src/llama-model.cpp llama_model::load_tensors (every tensor at its GGUF type; the token embedding stays in CPU memory), src/llama-quant.cpp llama_tensor_get_type (the per-tensor types of each recipe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/llamacppengine.cpp" line="37"/>
        <source>src/llama-kv-cache.cpp llama_kv_cache::llama_kv_cache (one K and one V tensor per layer of n_ctx cells), src/llama-kv-cache-iswa.cpp (the sliding-window layers&apos; own cache), src/llama-kv-cache-dsa.cpp (the sparse-attention indexer&apos;s keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/llamacppengine.cpp" line="41"/>
        <source>src/llama-memory-recurrent.cpp llama_memory_recurrent::llama_memory_recurrent (an r and an s tensor per layer, one row per sequence, F32), src/llama-memory-hybrid.cpp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/llamacppengine.cpp" line="44"/>
        <source>src/llama-context.cpp llama_context::llama_context -&gt; graph_reserve (ggml_backend_sched_reserve of the largest micro-batch graph), output_reserve (the logits buffer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/llamacppengine.cpp" line="48"/>
        <source>ggml/src/ggml-cuda/ggml-cuda.cu (device context, memory pool, cuBLAS handle); the size is measured, not read from the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/llamacppengine.cpp" line="196"/>
        <source>%1: F32 convolution state %2 + SSM state %3 elements per sequence x %4 sequences (llama.cpp&apos;s recurrent memory, one row per parallel sequence); constant in the context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/llamacppengine.cpp" line="208"/>
        <source>llama.cpp allocates the whole n_ctx = %1 x %2 sequences (padded to 256) at load, in one unified cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/llamacppengine.cpp" line="212"/>
        <source>llama.cpp allocates n_ctx = %1 x %2 sequences at load, one stream of %1 cells (padded to 256) per sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/llamacppengine.cpp" line="218"/>
        <source>llama.cpp runs %1 without a sliding window, so every layer holds the whole context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/llamacppengine.cpp" line="304"/>
        <source>compute buffer %1 (largest phase: %2 for a micro-batch of %3 tokens; logits %4 x %9 rows x 4 bytes%5) + output buffer %6 (%7 x 4 bytes x %8 sequences)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/llamacppengine.cpp" line="309"/>
        <source>; flash attention on</source>
        <translation>; flash attention on</translation>
    </message>
    <message>
        <location filename="../../model/memory/llamacppengine.cpp" line="310"/>
        <source>; scores %1 heads x %2 cells x %3 tokens x 4 bytes</source>
        <translation>; scores %1 heads x %2 cells x %3 tokens x 4 bytes</translation>
    </message>
    <message>
        <location filename="../../model/memory/mlxengine.cpp" line="139"/>
        <source>one prefill step of %1 tokens x %2 sequences</source>
        <translation>one prefill step of %1 tokens x %2 sequences</translation>
    </message>
    <message>
        <location filename="../../model/memory/enginerules.cpp" line="95"/>
        <source>%1: %2 tokens x %3 bytes (max of MLP 2 x (3 x %4 + 4 x %5) and attention tensors) + last-token logits %6 x %7 x 8 bytes</source>
        <translation>%1: %2 tokens x %3 bytes (max of MLP 2 x (3 x %4 + 4 x %5) and attention tensors) + last-token logits %6 x %7 x 8 bytes</translation>
    </message>
    <message>
        <location filename="../../model/memory/enginerules.cpp" line="229"/>
        <source>%1 Gated DeltaNet layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/enginerules.cpp" line="231"/>
        <source>%1 Mamba2 layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/enginerules.cpp" line="233"/>
        <source>%1 short-convolution layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/enginerules.cpp" line="235"/>
        <source>%1 Kimi Delta Attention layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/enginerules.cpp" line="250"/>
        <source>%1: convolution state %2 + SSM state %3 elements per sequence, assumed F32 (16-bit at the low end) x %4 sequences; constant in the context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/llamacppengine.cpp" line="334"/>
        <source>GPU backend context and scratch of llama.cpp (CUDA/Metal/Vulkan), about 300 MiB per GPU; none when running on the CPU alone</source>
        <translation>GPU backend context and scratch of llama.cpp (CUDA/Metal/Vulkan), about 300 MiB per GPU; none when running on the CPU alone</translation>
    </message>
    <message>
        <location filename="../../model/memory/mlxengine.cpp" line="149"/>
        <source>Metal context and MLX&apos;s buffer cache, about 256 MiB</source>
        <translation>Metal context and MLX&apos;s buffer cache, about 256 MiB</translation>
    </message>
    <message>
        <location filename="../../model/memory/memoryestimator.cpp" line="801"/>
        <source>context %1 exceeds the model&apos;s trained maximum of %2 tokens</source>
        <translation>context %1 exceeds the model&apos;s trained maximum of %2 tokens</translation>
    </message>
</context>
<context>
    <name>Planner::ModelCatalog</name>
    <message>
        <location filename="../../model/io/modelcatalog.cpp" line="47"/>
        <source>&apos;%1&apos; is also a name of %2; the alias is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/modelcatalog.cpp" line="105"/>
        <source>must not hold an empty name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/modelcatalog.cpp" line="118"/>
        <source>must map recipe ids to Hugging Face repository ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/modelcatalog.cpp" line="123"/>
        <source>&apos;%1&apos; must name a repository as owner/name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/modelcatalog.cpp" line="130"/>
        <source>is missing</source>
        <translation>is missing</translation>
    </message>
    <message>
        <location filename="../../model/io/modelcatalog.cpp" line="109"/>
        <source>must be a positive whole number of tokens</source>
        <translation>must be a positive whole number of tokens</translation>
    </message>
</context>
<context>
    <name>Planner::ModelCatalogModel</name>
    <message>
        <location filename="../../model/items/modelcatalogmodel.cpp" line="40"/>
        <source>Custom models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/items/modelcatalogmodel.cpp" line="220"/>
        <source>%1 (%2): %3 parameters, %4 active per token, up to %5 tokens of context, licence %6</source>
        <translation>%1 (%2): %3 parameters, %4 active per token, up to %5 tokens of context, licence %6</translation>
    </message>
    <message>
        <location filename="../../model/items/modelcatalogmodel.cpp" line="223"/>
        <source>%1 (%2): %3 parameters, up to %4 tokens of context, licence %5</source>
        <translation>%1 (%2): %3 parameters, up to %4 tokens of context, licence %5</translation>
    </message>
    <message>
        <location filename="../../model/items/modelcatalogmodel.cpp" line="226"/>
        <source>%1; trained for %2 tokens, though its config.json says %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/items/modelcatalogmodel.cpp" line="229"/>
        <source>Custom model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/items/modelcatalogmodel.cpp" line="279"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../model/items/modelcatalogmodel.cpp" line="281"/>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <location filename="../../model/items/modelcatalogmodel.cpp" line="283"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../model/items/modelcatalogmodel.cpp" line="285"/>
        <source>Max context</source>
        <translation>Max context</translation>
    </message>
    <message>
        <location filename="../../model/items/modelcatalogmodel.cpp" line="81"/>
        <source>Opened files</source>
        <translation>Opened files</translation>
    </message>
</context>
<context>
    <name>Planner::ModelFile</name>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="105"/>
        <source>some tensor names carry layer numbers of %1 or more; they are counted outside the layers</source>
        <translation>some tensor names carry layer numbers of %1 or more; they are counted outside the layers</translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="110"/>
        <source>tensors reach layer %1 but the architecture has %2 layers</source>
        <translation>tensors reach layer %1 but the architecture has %2 layers</translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="150"/>
        <source>%1: a split set of %2 files is not plausible</source>
        <translation>%1: a split set of %2 files is not plausible</translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="161"/>
        <source>%1: part %2 of the %3-file split set is missing (%4)</source>
        <translation>%1: part %2 of the %3-file split set is missing (%4)</translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="179"/>
        <source>%1: split.no is %2 but the file name says part %3</source>
        <translation>%1: split.no is %2 but the file name says part %3</translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="183"/>
        <source>%1: split.count is %2 but the file name says %3 parts</source>
        <translation>%1: split.count is %2 but the file name says %3 parts</translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="219"/>
        <source>%1: tensor &apos;%2&apos; also appears in an earlier part of the split set</source>
        <translation>%1: tensor &apos;%2&apos; also appears in an earlier part of the split set</translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="237"/>
        <source>%1: split.tensors.count says %2 tensors, the parts hold %3</source>
        <translation>%1: split.tensors.count says %2 tensors, the parts hold %3</translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="249"/>
        <source>%1: no general.architecture; only sizes are known</source>
        <translation>%1: no general.architecture; only sizes are known</translation>
    </message>
    <message>
        <location filename="../../model/io/shardindex.cpp" line="90"/>
        <location filename="../../model/io/shardindex.cpp" line="172"/>
        <source>%1: not a JSON object (truncated or corrupt)</source>
        <translation>%1: not a JSON object (truncated or corrupt)</translation>
    </message>
    <message>
        <location filename="../../model/io/shardindex.cpp" line="109"/>
        <source>%1: weight_map is missing or empty</source>
        <translation>%1: weight_map is missing or empty</translation>
    </message>
    <message>
        <location filename="../../model/io/shardindex.cpp" line="136"/>
        <source>%1: weight_map lists tensor &apos;%2&apos; twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/shardindex.cpp" line="180"/>
        <source>%1: weight_map.%2 must be a file name</source>
        <translation>%1: weight_map.%2 must be a file name</translation>
    </message>
    <message>
        <location filename="../../model/io/shardindex.cpp" line="193"/>
        <source>%1: weight_map names &apos;%2&apos;, which is not a file name in this folder</source>
        <translation>%1: weight_map names &apos;%2&apos;, which is not a file name in this folder</translation>
    </message>
    <message>
        <location filename="../../model/io/shardindex.cpp" line="197"/>
        <source>%1: more than %2 shard files</source>
        <translation>%1: more than %2 shard files</translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="372"/>
        <source>%1: no config.json next to the weights; only sizes are known</source>
        <translation>%1: no config.json next to the weights; only sizes are known</translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="459"/>
        <source>%1: shard %2 is missing</source>
        <translation>%1: shard %2 is missing</translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="436"/>
        <source>%1: tensor &apos;%2&apos; also appears in another shard</source>
        <translation>%1: tensor &apos;%2&apos; also appears in another shard</translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="477"/>
        <source>%1: tensor &apos;%2&apos; is not listed in the index</source>
        <translation>%1: tensor &apos;%2&apos; is not listed in the index</translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="481"/>
        <source>%1: tensor &apos;%2&apos; is listed in the index under %3</source>
        <translation>%1: tensor &apos;%2&apos; is listed in the index under %3</translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="510"/>
        <source>%1: %2 tensors listed in the index are in none of the shards</source>
        <translation>%1: %2 tensors listed in the index are in none of the shards</translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="552"/>
        <source>%1 holds several GGUF models (%2); open one of them</source>
        <translation>%1 holds several GGUF models (%2); open one of them</translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="555"/>
        <source>%1 holds no model weights (no .safetensors or .gguf files)</source>
        <translation>%1 holds no model weights (no .safetensors or .gguf files)</translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="877"/>
        <source>is not a JSON object (truncated or malformed)</source>
        <translation>is not a JSON object (truncated or malformed)</translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="904"/>
        <source>must be an object</source>
        <translation>must be an object</translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="583"/>
        <source>must be a whole number from %1 to %2</source>
        <translation>must be a whole number from %1 to %2</translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="758"/>
        <location filename="../../model/io/modelfile.cpp" line="911"/>
        <source>is missing</source>
        <translation>is missing</translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="653"/>
        <source>bitsandbytes needs load_in_4bit or load_in_8bit</source>
        <translation>bitsandbytes needs load_in_4bit or load_in_8bit</translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="227"/>
        <source>%1: the parts of the split set hold more than %2 tensors together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="498"/>
        <source>%1: and %2 more tensors not listed in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="500"/>
        <source>%1: and %2 more tensors listed under another shard than the one holding them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="667"/>
        <source>must hold positive whole numbers</source>
        <translation>must hold positive whole numbers</translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="750"/>
        <source>is missing or empty</source>
        <translation>is missing or empty</translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="928"/>
        <source>%1: no such file or folder</source>
        <translation>%1: no such file or folder</translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="957"/>
        <source>%1: not a model file (expected .gguf, .safetensors or a Hugging Face folder)</source>
        <translation>%1: not a model file (expected .gguf, .safetensors or a Hugging Face folder)</translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="985"/>
        <source>%1 is a vision projector (mmproj); open the language model and add the projector to it</source>
        <translation>%1 is a vision projector (mmproj); open the language model and add the projector to it</translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="991"/>
        <source>%1: the architecture could not be derived (%2)</source>
        <translation>%1: the architecture could not be derived (%2)</translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="992"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="997"/>
        <source>%1 holds no tensors</source>
        <translation>%1 holds no tensors</translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="1016"/>
        <source>%1 is not a vision projector (mmproj) file</source>
        <translation>%1 is not a vision projector (mmproj) file</translation>
    </message>
</context>
<context>
    <name>Planner::NvmlProbe</name>
    <message>
        <location filename="../../model/hardware/nvmlprobe.cpp" line="58"/>
        <source>NVML (%1) could not be loaded: %2</source>
        <translation>NVML (%1) could not be loaded: %2</translation>
    </message>
    <message>
        <location filename="../../model/hardware/nvmlprobe.cpp" line="69"/>
        <source>NVML (%1) lacks the functions FitPlanner needs (nvmlInit_v2, nvmlDeviceGetCount_v2, nvmlDeviceGetHandleByIndex_v2, nvmlDeviceGetName, nvmlDeviceGetMemoryInfo); the driver is too old</source>
        <translation>NVML (%1) lacks the functions FitPlanner needs (nvmlInit_v2, nvmlDeviceGetCount_v2, nvmlDeviceGetHandleByIndex_v2, nvmlDeviceGetName, nvmlDeviceGetMemoryInfo); the driver is too old</translation>
    </message>
    <message>
        <location filename="../../model/hardware/nvmlprobe.cpp" line="178"/>
        <source>NVML is not available</source>
        <translation>NVML is not available</translation>
    </message>
    <message>
        <location filename="../../model/hardware/nvmlprobe.cpp" line="182"/>
        <source>NVML could not start: nvmlInit_v2 returned %1; NVIDIA GPUs cannot be read</source>
        <translation>NVML could not start: nvmlInit_v2 returned %1; NVIDIA GPUs cannot be read</translation>
    </message>
    <message>
        <location filename="../../model/hardware/nvmlprobe.cpp" line="187"/>
        <source>nvmlDeviceGetCount_v2 returned %1; NVIDIA GPUs cannot be listed</source>
        <translation>nvmlDeviceGetCount_v2 returned %1; NVIDIA GPUs cannot be listed</translation>
    </message>
    <message>
        <location filename="../../model/hardware/nvmlprobe.cpp" line="192"/>
        <source>NVML reports %1 GPUs, more than the %2 FitPlanner reads; only the first %2 are listed</source>
        <translation>NVML reports %1 GPUs, more than the %2 FitPlanner reads; only the first %2 are listed</translation>
    </message>
    <message>
        <location filename="../../model/hardware/nvmlprobe.cpp" line="203"/>
        <source>nvmlSystemGetDriverVersion returned %1; the driver version is unknown</source>
        <translation>nvmlSystemGetDriverVersion returned %1; the driver version is unknown</translation>
    </message>
    <message>
        <location filename="../../model/hardware/nvmlprobe.cpp" line="208"/>
        <source>GPU %1: nvmlDeviceGetHandleByIndex_v2 returned %2; the GPU is skipped</source>
        <translation>GPU %1: nvmlDeviceGetHandleByIndex_v2 returned %2; the GPU is skipped</translation>
    </message>
    <message>
        <location filename="../../model/hardware/nvmlprobe.cpp" line="221"/>
        <source>GPU %1: nvmlDeviceGetName returned %2</source>
        <translation>GPU %1: nvmlDeviceGetName returned %2</translation>
    </message>
    <message>
        <location filename="../../model/hardware/nvmlprobe.cpp" line="223"/>
        <source>NVIDIA GPU %1</source>
        <translation>NVIDIA GPU %1</translation>
    </message>
    <message>
        <location filename="../../model/hardware/nvmlprobe.cpp" line="226"/>
        <source>GPU %1 (%2): nvmlDeviceGetMemoryInfo returned %3; the GPU is skipped because its memory is unknown</source>
        <translation>GPU %1 (%2): nvmlDeviceGetMemoryInfo returned %3; the GPU is skipped because its memory is unknown</translation>
    </message>
    <message>
        <location filename="../../model/hardware/nvmlprobe.cpp" line="234"/>
        <source>GPU %1 (%2): NVML reports an implausible memory size of %3 bytes; the GPU is skipped</source>
        <translation>GPU %1 (%2): NVML reports an implausible memory size of %3 bytes; the GPU is skipped</translation>
    </message>
    <message>
        <location filename="../../model/hardware/nvmlprobe.cpp" line="245"/>
        <source>GPU %1 (%2): NVML reports free %3 / used %4 bytes of %5; free memory is unknown</source>
        <translation>GPU %1 (%2): NVML reports free %3 / used %4 bytes of %5; free memory is unknown</translation>
    </message>
</context>
<context>
    <name>Planner::PlacementModel</name>
    <message>
        <location filename="../../model/items/placementmodel.cpp" line="52"/>
        <source>holds the token embeddings</source>
        <translation>holds the token embeddings</translation>
    </message>
    <message>
        <location filename="../../model/items/placementmodel.cpp" line="54"/>
        <source>holds the output layer</source>
        <translation>holds the output layer</translation>
    </message>
    <message>
        <location filename="../../model/items/placementmodel.cpp" line="56"/>
        <source>memory bandwidth %1 GB/s</source>
        <translation>memory bandwidth %1 GB/s</translation>
    </message>
    <message>
        <location filename="../../model/items/placementmodel.cpp" line="64"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../model/items/placementmodel.cpp" line="91"/>
        <source>%1 of %2 used</source>
        <translation>%1 of %2 used</translation>
    </message>
    <message>
        <location filename="../../model/items/placementmodel.cpp" line="98"/>
        <source>short by %1</source>
        <translation>short by %1</translation>
    </message>
    <message>
        <location filename="../../model/items/placementmodel.cpp" line="115"/>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../model/items/placementmodel.cpp" line="117"/>
        <source>Layers</source>
        <translation>Layers</translation>
    </message>
    <message>
        <location filename="../../model/items/placementmodel.cpp" line="119"/>
        <source>Weights</source>
        <translation>Weights</translation>
    </message>
    <message>
        <location filename="../../model/items/placementmodel.cpp" line="121"/>
        <source>KV cache</source>
        <translation>KV cache</translation>
    </message>
    <message>
        <location filename="../../model/items/placementmodel.cpp" line="123"/>
        <source>Compute</source>
        <translation>Compute</translation>
    </message>
    <message>
        <location filename="../../model/items/placementmodel.cpp" line="125"/>
        <source>Overhead</source>
        <translation>Overhead</translation>
    </message>
    <message>
        <location filename="../../model/items/placementmodel.cpp" line="127"/>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <location filename="../../model/items/placementmodel.cpp" line="129"/>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../model/items/placementmodel.cpp" line="131"/>
        <source>Usage</source>
        <translation>Usage</translation>
    </message>
</context>
<context>
    <name>Planner::QuantAssign</name>
    <message numerus="yes">
        <location filename="../../model/quant/quantassign.cpp" line="105"/>
        <source>%n tensor(s) keep 16-bit weights: their input width is not a multiple of the group size</source>
        <translation>
            <numerusform>%n tensor keep 16-bit weights: their input width is not a multiple of the group size</numerusform>
            <numerusform>%n tensors keep 16-bit weights: their input width is not a multiple of the group size</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Planner::QuantCatalog</name>
    <message>
        <location filename="../../model/quant/quantcatalog.cpp" line="72"/>
        <source>&apos;%1&apos; is not a known storage kind</source>
        <translation>&apos;%1&apos; is not a known storage kind</translation>
    </message>
    <message>
        <location filename="../../model/quant/quantcatalog.cpp" line="112"/>
        <source>&apos;%1&apos; is not gguf, hf or mlx</source>
        <translation>&apos;%1&apos; is not gguf, hf or mlx</translation>
    </message>
    <message>
        <location filename="../../model/quant/quantcatalog.cpp" line="115"/>
        <source>must list at least one engine</source>
        <translation>must list at least one engine</translation>
    </message>
    <message>
        <location filename="../../model/quant/quantcatalog.cpp" line="128"/>
        <source>&apos;%1&apos; is not always, native or never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/quant/quantcatalog.cpp" line="131"/>
        <source>is only read for hf and mlx recipes (GGUF file types choose per tensor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/quant/quantcatalog.cpp" line="135"/>
        <source>names the unknown storage type &apos;%1&apos;</source>
        <translation>names the unknown storage type &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../model/quant/quantcatalog.cpp" line="141"/>
        <source>must say where the kld figure is published</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Planner::QuantComparisonModel</name>
    <message>
        <location filename="../../model/items/quantcomparisonmodel.cpp" line="69"/>
        <source>Weights + KV cache + activations + overhead</source>
        <translation>Weights + KV cache + activations + overhead</translation>
    </message>
    <message>
        <location filename="../../model/items/quantcomparisonmodel.cpp" line="126"/>
        <source>%1 bits per weight: %2</source>
        <translation>%1 bits per weight: %2</translation>
    </message>
</context>
<context>
    <name>Planner::RecommendationModel</name>
    <message>
        <location filename="../../model/items/recommendationmodel.cpp" line="37"/>
        <source>Fits on GPU</source>
        <translation>Fits on GPU</translation>
    </message>
    <message>
        <location filename="../../model/items/recommendationmodel.cpp" line="37"/>
        <source>Tight on GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/items/recommendationmodel.cpp" line="39"/>
        <source>CPU offload (%1 of %2 layers on GPU)</source>
        <translation>CPU offload (%1 of %2 layers on GPU)</translation>
    </message>
    <message>
        <location filename="../../model/items/recommendationmodel.cpp" line="41"/>
        <source>CPU only</source>
        <translation>CPU only</translation>
    </message>
    <message>
        <location filename="../../model/items/recommendationmodel.cpp" line="45"/>
        <source>Does not fit</source>
        <translation>Does not fit</translation>
    </message>
    <message>
        <location filename="../../model/items/recommendationmodel.cpp" line="53"/>
        <source>KV cache %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/items/recommendationmodel.cpp" line="54"/>
        <source>%1 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/items/recommendationmodel.cpp" line="56"/>
        <source>%1 tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/items/recommendationmodel.cpp" line="57"/>
        <source>speed unknown</source>
        <translation type="unfinished">speed unknown</translation>
    </message>
    <message>
        <location filename="../../model/items/recommendationmodel.cpp" line="58"/>
        <source>%1: %2, %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/items/recommendationmodel.cpp" line="116"/>
        <source>Mean KL divergence of the next-token distribution against the 16-bit model, as published for this quantization (0: no loss; lower is better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/items/recommendationmodel.cpp" line="144"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../model/items/recommendationmodel.cpp" line="146"/>
        <source>Best quantization</source>
        <translation>Best quantization</translation>
    </message>
    <message>
        <location filename="../../model/items/recommendationmodel.cpp" line="148"/>
        <source>Largest context</source>
        <translation>Largest context</translation>
    </message>
    <message>
        <location filename="../../model/items/recommendationmodel.cpp" line="150"/>
        <source>Speed (tokens/s)</source>
        <translation>Speed (tokens/s)</translation>
    </message>
    <message>
        <location filename="../../model/items/recommendationmodel.cpp" line="152"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../model/items/recommendationmodel.cpp" line="154"/>
        <source>Quality loss (KLD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/items/recommendationmodel.cpp" line="156"/>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/items/recommendationmodel.cpp" line="94"/>
        <location filename="../../model/items/recommendationmodel.cpp" line="112"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../model/items/recommendationmodel.cpp" line="96"/>
        <source>The GPU&apos;s memory bandwidth is not known: choose it in the hardware panel&apos;s what-if mode.</source>
        <translation>The GPU&apos;s memory bandwidth is not known: choose it in the hardware panel&apos;s what-if mode.</translation>
    </message>
</context>
<context>
    <name>Planner::Report</name>
    <message>
        <location filename="../../model/plan/report.cpp" line="52"/>
        <location filename="../../model/plan/report.cpp" line="97"/>
        <source>Weights</source>
        <translation type="unfinished">Weights</translation>
    </message>
    <message>
        <location filename="../../model/plan/report.cpp" line="53"/>
        <location filename="../../model/plan/report.cpp" line="97"/>
        <source>KV cache</source>
        <translation type="unfinished">KV cache</translation>
    </message>
    <message>
        <location filename="../../model/plan/report.cpp" line="55"/>
        <source>Recurrent state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/report.cpp" line="57"/>
        <source>Activations</source>
        <translation type="unfinished">Activations</translation>
    </message>
    <message>
        <location filename="../../model/plan/report.cpp" line="59"/>
        <source>Overhead</source>
        <translation type="unfinished">Overhead</translation>
    </message>
    <message>
        <location filename="../../model/plan/report.cpp" line="65"/>
        <source>%1 to %2</source>
        <translation type="unfinished">%1 to %2</translation>
    </message>
    <message>
        <location filename="../../model/plan/report.cpp" line="71"/>
        <source>Where %1 decides each figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/report.cpp" line="72"/>
        <source>Read from the source of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/report.cpp" line="79"/>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/report.cpp" line="80"/>
        <source>Component</source>
        <translation type="unfinished">Component</translation>
    </message>
    <message>
        <location filename="../../model/plan/report.cpp" line="80"/>
        <source>Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/report.cpp" line="81"/>
        <source>Range</source>
        <translation type="unfinished">Range</translation>
    </message>
    <message>
        <location filename="../../model/plan/report.cpp" line="81"/>
        <location filename="../../model/plan/report.cpp" line="283"/>
        <source>How it is computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/report.cpp" line="88"/>
        <source>Total</source>
        <translation type="unfinished">Total</translation>
    </message>
    <message>
        <location filename="../../model/plan/report.cpp" line="94"/>
        <source>Placement</source>
        <translation type="unfinished">Placement</translation>
    </message>
    <message>
        <location filename="../../model/plan/report.cpp" line="96"/>
        <source>Device</source>
        <translation type="unfinished">Device</translation>
    </message>
    <message>
        <location filename="../../model/plan/report.cpp" line="96"/>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/report.cpp" line="97"/>
        <source>Capacity</source>
        <translation type="unfinished">Capacity</translation>
    </message>
    <message>
        <location filename="../../model/plan/report.cpp" line="98"/>
        <source>Compute</source>
        <translation type="unfinished">Compute</translation>
    </message>
    <message>
        <location filename="../../model/plan/report.cpp" line="98"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/report.cpp" line="106"/>
        <source>Speed: about %1 tokens/s decode, %2 s to prefill %3 tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/report.cpp" line="112"/>
        <source>Command:</source>
        <translation type="unfinished">Command:</translation>
    </message>
    <message>
        <location filename="../../model/plan/report.cpp" line="120"/>
        <source>%1 (%2 bits per weight), %3, context %4 tokens x %5 sequence(s), KV cache %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/report.cpp" line="128"/>
        <source>Parameters: %1 total, %2 active. Engine rules: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/report.cpp" line="139"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/report.cpp" line="143"/>
        <source>Made by FitPlanner %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/report.cpp" line="280"/>
        <source>(range: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/report.cpp" line="282"/>
        <source>(exact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/report.cpp" line="284"/>
        <source>The engine&apos;s rule in its source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/report.cpp" line="307"/>
        <location filename="../../model/plan/report.cpp" line="312"/>
        <source>%1: cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Planner::SafetensorsReader</name>
    <message>
        <location filename="../../model/io/safetensorsreader.cpp" line="237"/>
        <source>the header of %1 bytes exceeds the limit of %2</source>
        <translation>the header of %1 bytes exceeds the limit of %2</translation>
    </message>
    <message>
        <location filename="../../model/io/safetensorsreader.cpp" line="239"/>
        <source>the data section has a negative size</source>
        <translation>the data section has a negative size</translation>
    </message>
    <message>
        <location filename="../../model/io/safetensorsreader.cpp" line="241"/>
        <source>the header is not a JSON object (not a safetensors file?)</source>
        <translation>the header is not a JSON object (not a safetensors file?)</translation>
    </message>
    <message>
        <location filename="../../model/io/safetensorsreader.cpp" line="78"/>
        <source>__metadata__ must be an object of strings</source>
        <translation>__metadata__ must be an object of strings</translation>
    </message>
    <message>
        <location filename="../../model/io/safetensorsreader.cpp" line="81"/>
        <source>__metadata__.%1 must be a string</source>
        <translation>__metadata__.%1 must be a string</translation>
    </message>
    <message>
        <location filename="../../model/io/safetensorsreader.cpp" line="128"/>
        <source>a tensor has an empty name</source>
        <translation>a tensor has an empty name</translation>
    </message>
    <message>
        <location filename="../../model/io/safetensorsreader.cpp" line="130"/>
        <source>tensor &apos;%1&apos; must be an object with dtype, shape and data_offsets</source>
        <translation>tensor &apos;%1&apos; must be an object with dtype, shape and data_offsets</translation>
    </message>
    <message>
        <location filename="../../model/io/safetensorsreader.cpp" line="92"/>
        <source>tensor &apos;%1&apos; has no dtype</source>
        <translation>tensor &apos;%1&apos; has no dtype</translation>
    </message>
    <message>
        <location filename="../../model/io/safetensorsreader.cpp" line="97"/>
        <source>tensor &apos;%1&apos; has dtype &apos;%2&apos;, which is not supported (supported: %3)</source>
        <translation>tensor &apos;%1&apos; has dtype &apos;%2&apos;, which is not supported (supported: %3)</translation>
    </message>
    <message>
        <location filename="../../model/io/safetensorsreader.cpp" line="102"/>
        <source>tensor &apos;%1&apos; has no shape array</source>
        <translation>tensor &apos;%1&apos; has no shape array</translation>
    </message>
    <message>
        <location filename="../../model/io/safetensorsreader.cpp" line="104"/>
        <source>tensor &apos;%1&apos; has %2 dimensions (limit %3)</source>
        <translation>tensor &apos;%1&apos; has %2 dimensions (limit %3)</translation>
    </message>
    <message>
        <location filename="../../model/io/safetensorsreader.cpp" line="109"/>
        <source>tensor &apos;%1&apos; has a shape entry that is not a whole number from 0 to %2</source>
        <translation>tensor &apos;%1&apos; has a shape entry that is not a whole number from 0 to %2</translation>
    </message>
    <message>
        <location filename="../../model/io/safetensorsreader.cpp" line="115"/>
        <source>tensor &apos;%1&apos; has more elements than a 64-bit count can hold</source>
        <translation>tensor &apos;%1&apos; has more elements than a 64-bit count can hold</translation>
    </message>
    <message>
        <location filename="../../model/io/safetensorsreader.cpp" line="136"/>
        <source>tensor &apos;%1&apos; needs data_offsets [begin, end]</source>
        <translation>tensor &apos;%1&apos; needs data_offsets [begin, end]</translation>
    </message>
    <message>
        <location filename="../../model/io/safetensorsreader.cpp" line="140"/>
        <source>tensor &apos;%1&apos; has data_offsets that are not whole numbers with begin &lt;= end</source>
        <translation>tensor &apos;%1&apos; has data_offsets that are not whole numbers with begin &lt;= end</translation>
    </message>
    <message>
        <location filename="../../model/io/safetensorsreader.cpp" line="145"/>
        <source>tensor &apos;%1&apos; spans %2 bytes but %3 x %4 needs %5</source>
        <translation>tensor &apos;%1&apos; spans %2 bytes but %3 x %4 needs %5</translation>
    </message>
    <message>
        <location filename="../../model/io/safetensorsreader.cpp" line="150"/>
        <source>more than 2^63</source>
        <translation>more than 2^63</translation>
    </message>
    <message>
        <location filename="../../model/io/safetensorsreader.cpp" line="152"/>
        <source>tensor &apos;%1&apos; ends at byte %2, past the %3-byte data section (truncated?)</source>
        <translation>tensor &apos;%1&apos; ends at byte %2, past the %3-byte data section (truncated?)</translation>
    </message>
    <message>
        <location filename="../../model/io/safetensorsreader.cpp" line="187"/>
        <source>tensors &apos;%1&apos; and &apos;%2&apos; overlap (byte %3 is claimed twice)</source>
        <translation>tensors &apos;%1&apos; and &apos;%2&apos; overlap (byte %3 is claimed twice)</translation>
    </message>
    <message>
        <location filename="../../model/io/safetensorsreader.cpp" line="191"/>
        <source>bytes %1 to %2 of the data section belong to no tensor</source>
        <translation>bytes %1 to %2 of the data section belong to no tensor</translation>
    </message>
    <message>
        <location filename="../../model/io/safetensorsreader.cpp" line="196"/>
        <source>the data section has %1 bytes but the tensors cover %2</source>
        <translation>the data section has %1 bytes but the tensors cover %2</translation>
    </message>
    <message>
        <location filename="../../model/io/safetensorsreader.cpp" line="253"/>
        <source>reading was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/safetensorsreader.cpp" line="255"/>
        <source>the header lists more than %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/safetensorsreader.cpp" line="169"/>
        <location filename="../../model/io/safetensorsreader.cpp" line="257"/>
        <source>&apos;%1&apos; appears twice in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/safetensorsreader.cpp" line="271"/>
        <source>the header %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/io/safetensorsreader.cpp" line="300"/>
        <source>only %1 bytes: not a safetensors file (truncated?)</source>
        <translation>only %1 bytes: not a safetensors file (truncated?)</translation>
    </message>
    <message>
        <location filename="../../model/io/safetensorsreader.cpp" line="303"/>
        <source>cannot read the header length: %1</source>
        <translation>cannot read the header length: %1</translation>
    </message>
    <message>
        <location filename="../../model/io/safetensorsreader.cpp" line="308"/>
        <source>the header claims %1 bytes (limit %2): not a safetensors file, or corrupt</source>
        <translation>the header claims %1 bytes (limit %2): not a safetensors file, or corrupt</translation>
    </message>
    <message>
        <location filename="../../model/io/safetensorsreader.cpp" line="312"/>
        <source>the header claims %1 bytes but the file has only %2 after the length (truncated?)</source>
        <translation>the header claims %1 bytes but the file has only %2 after the length (truncated?)</translation>
    </message>
    <message>
        <location filename="../../model/io/safetensorsreader.cpp" line="317"/>
        <source>cannot read the header: %1</source>
        <translation>cannot read the header: %1</translation>
    </message>
</context>
<context>
    <name>Planner::ScenarioStore</name>
    <message>
        <location filename="../../model/items/scenariostore.cpp" line="46"/>
        <source>%1.%2: missing or not a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/items/scenariostore.cpp" line="56"/>
        <source>%1.%2: not a whole number from 1 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/items/scenariostore.cpp" line="63"/>
        <source>%1: not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/items/scenariostore.cpp" line="73"/>
        <source>%1.name: longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/items/scenariostore.cpp" line="78"/>
        <source>%1.engine: unknown engine &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/items/scenariostore.cpp" line="120"/>
        <source>%1: not JSON (%2 at byte %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/items/scenariostore.cpp" line="122"/>
        <source>%1: no &quot;scenarios&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/items/scenariostore.cpp" line="125"/>
        <source>; the file is kept as it is and moved aside at the next save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/items/scenariostore.cpp" line="131"/>
        <source>%1: written by a newer FitPlanner (schema %2); reading the fields this version knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/items/scenariostore.cpp" line="138"/>
        <source>%1: more than %2 scenarios; the rest are skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/items/scenariostore.cpp" line="144"/>
        <source>%1: a second scenario named &quot;%2&quot; is skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/items/scenariostore.cpp" line="165"/>
        <source>A scenario needs a name of 1 to %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/items/scenariostore.cpp" line="177"/>
        <source>There are %1 saved scenarios already; delete some first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/items/scenariostore.cpp" line="210"/>
        <source>%1 could not be read and cannot be moved aside to %2; it is left as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/items/scenariostore.cpp" line="216"/>
        <source>%1 could not be read; it was moved to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/items/scenariostore.cpp" line="226"/>
        <source>%1: cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/items/scenariostore.cpp" line="240"/>
        <source>%1: the model &quot;%2&quot; is not in the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/items/scenariostore.cpp" line="253"/>
        <source>%1: %2</source>
        <translation type="unfinished">%1x %2 {1:?}</translation>
    </message>
</context>
<context>
    <name>Planner::ServingCapacity</name>
    <message>
        <location filename="../../model/plan/servingcapacity.cpp" line="63"/>
        <source>compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/servingcapacity.cpp" line="63"/>
        <source>memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/servingcapacity.cpp" line="69"/>
        <source>vLLM needs GPUs for its KV pool; none are available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/servingcapacity.cpp" line="72"/>
        <source>vLLM&apos;s KV pool holds %1 blocks of %2 tokens; a request of %3 tokens takes %4 blocks, so %5 requests fit at once (vLLM prints a maximum concurrency of %6x), at most --max-num-seqs %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/servingcapacity.cpp" line="82"/>
        <source>llama-server allocates -np slots of %1 tokens each at start (-c %1 x slots); the largest slot count that keeps this placement is %2 (llama.cpp runs at most %3 sequences).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/servingcapacity.cpp" line="95"/>
        <source>At %1 sequences each decode step reads the weights once and the KV cache of every sequence, and computes %1 tokens: %2 tokens/s per sequence at a full context, %3 tokens/s in all (%4-bound).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/servingcapacity.cpp" line="104"/>
        <source>A prompt of %1 tokens gets its first token after its prefill, %2 s, on an idle server; while the %3 other sequences decode, steps of %4 tokens carry the prompt in %5 part(s), each adding a decode step: %6 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/servingcapacity.cpp" line="138"/>
        <source>serving capacity is estimated for vLLM, SGLang and llama.cpp&apos;s servers only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/servingcapacity.cpp" line="141"/>
        <source>concurrency %1 is out of range (1 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Planner::Speculative</name>
    <message>
        <location filename="../../model/plan/speculative.cpp" line="43"/>
        <source>DeepSeek-V3 Technical Report (arXiv:2412.19437), section 5.4.3: 85% to 90% of the MTP module&apos;s tokens are accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/speculative.cpp" line="48"/>
        <source>Leviathan, Kalman and Matias 2023 (arXiv:2211.17192), Table 3: drafts of the same family accept 60% to 80% of their tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/speculative.cpp" line="59"/>
        <source>speculative decoding is planned for llama-server and vLLM only, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/speculative.cpp" line="63"/>
        <source>%1 has no multi-token-prediction layers in its architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/speculative.cpp" line="65"/>
        <source>MTP layers are planned for vLLM only; with llama-server use a draft model (--draft-model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/speculative.cpp" line="68"/>
        <source>the draft model has no layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/speculative.cpp" line="70"/>
        <source>draft model %1 has a vocabulary of %2 tokens, %3 has %4: a draft must share the model&apos;s tokenizer (at most %5 tokens apart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/speculative.cpp" line="79"/>
        <source>draft tokens %1 is out of range (1 to 64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/speculative.cpp" line="81"/>
        <source>speculative decoding is planned on one node (no pipeline parallelism)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/speculative.cpp" line="167"/>
        <source>vLLM needs GPUs; none are available</source>
        <translation type="unfinished">vLLM needs GPUs; none are available</translation>
    </message>
    <message>
        <location filename="../../model/plan/speculative.cpp" line="195"/>
        <source>with speculative decoding vLLM does not fit: %1 more per GPU for the draft&apos;s weights and KV cache; its pool holds %2 sequences of %3 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/speculative.cpp" line="262"/>
        <source>Each step drafts %1 token(s) (one draft step costs %2 of a decode step) and verifies them in one step of the model (%3 decode steps: %4); at an acceptance rate a it yields (1 - a^%5) / (1 - a) tokens: %6 to %7 tokens per step for a = %8 to %9 (%10), a speed-up of %11x to %12x, %13 to %14 tokens/s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/speculative.cpp" line="269"/>
        <source>compute-bound, every token costs a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/speculative.cpp" line="270"/>
        <source>memory-bound, the weights are read once for all tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/plan/speculative.cpp" line="352"/>
        <source>the MTP layers have no storage rule in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Planner::StudentSearch</name>
    <message>
        <location filename="../../model/plan/studentsearch.cpp" line="174"/>
        <source>%1: %2</source>
        <translation type="unfinished">%1x %2 {1:?}</translation>
    </message>
</context>
<context>
    <name>Planner::SysfsGpuProbe</name>
    <message>
        <location filename="../../model/hardware/sysfsgpuprobe.cpp" line="44"/>
        <source>%1 does not hold a byte count (&apos;%2&apos;); it is ignored</source>
        <translation>%1 does not hold a byte count (&apos;%2&apos;); it is ignored</translation>
    </message>
    <message>
        <location filename="../../model/hardware/sysfsgpuprobe.cpp" line="110"/>
        <source>%1: the PCI vendor id is missing or unreadable; the card is skipped</source>
        <translation>%1: the PCI vendor id is missing or unreadable; the card is skipped</translation>
    </message>
    <message>
        <location filename="../../model/hardware/sysfsgpuprobe.cpp" line="135"/>
        <source>AMD GPU at %1: mem_info_vram_total is missing or unreadable (is the amdgpu driver loaded?); its memory is unknown and it is not used for planning</source>
        <translation>AMD GPU at %1: mem_info_vram_total is missing or unreadable (is the amdgpu driver loaded?); its memory is unknown and it is not used for planning</translation>
    </message>
    <message>
        <location filename="../../model/hardware/sysfsgpuprobe.cpp" line="147"/>
        <source>AMD GPU [1002:%1]</source>
        <translation>AMD GPU [1002:%1]</translation>
    </message>
    <message>
        <location filename="../../model/hardware/sysfsgpuprobe.cpp" line="149"/>
        <source>AMD GPU at %1: the driver exposes no product name; pick the card in the catalog for its bandwidth</source>
        <translation>AMD GPU at %1: the driver exposes no product name; pick the card in the catalog for its bandwidth</translation>
    </message>
    <message>
        <location filename="../../model/hardware/sysfsgpuprobe.cpp" line="161"/>
        <source>%1 at %2 is an APU: %3 bytes of VRAM carve-out plus %4 bytes of system memory mapped through GTT, shared with the CPU</source>
        <translation>%1 at %2 is an APU: %3 bytes of VRAM carve-out plus %4 bytes of system memory mapped through GTT, shared with the CPU</translation>
    </message>
    <message>
        <location filename="../../model/hardware/sysfsgpuprobe.cpp" line="180"/>
        <source>Intel GPU [8086:%1]</source>
        <translation>Intel GPU [8086:%1]</translation>
    </message>
    <message>
        <location filename="../../model/hardware/sysfsgpuprobe.cpp" line="184"/>
        <source>%1 at %2: the driver does not expose its memory size (tile0/physical_vram_size_bytes needs the xe driver); it is not used for planning</source>
        <translation>%1 at %2: the driver does not expose its memory size (tile0/physical_vram_size_bytes needs the xe driver); it is not used for planning</translation>
    </message>
    <message>
        <location filename="../../model/hardware/sysfsgpuprobe.cpp" line="189"/>
        <source>Intel integrated graphics at %1 shares system RAM; it is not counted as a GPU</source>
        <translation>Intel integrated graphics at %1 shares system RAM; it is not counted as a GPU</translation>
    </message>
    <message>
        <location filename="../../model/hardware/sysfsgpuprobe.cpp" line="194"/>
        <source>GPU at %1 with PCI vendor %2 is not supported</source>
        <translation>GPU at %1 with PCI vendor %2 is not supported</translation>
    </message>
</context>
<context>
    <name>Planner::TrainingEstimator</name>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="276"/>
        <source>model %1: the architecture lacks layers, hidden size, vocabulary or heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="278"/>
        <source>sequence length %1 is outside 1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="280"/>
        <source>micro-batch %1 is outside 1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="282"/>
        <source>gradient accumulation %1 is outside 1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="286"/>
        <source>%1 GPUs on %2 nodes is not a usable data-parallel group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="288"/>
        <source>LoRA rank %1 is outside 1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="290"/>
        <source>%1 loss chunks do not divide a sequence of %2 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="292"/>
        <source>the optimizer step in backward frees each gradient at once, so it cannot accumulate %1 micro-batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="296"/>
        <source>parameter offload needs ZeRO-3 or FSDP sharding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="298"/>
        <source>distillation needs a teacher model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="301"/>
        <source>the quantization catalog lacks the NF4 storage types QLoRA uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="324"/>
        <source>replicated on each of %1 GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="325"/>
        <source>%1 over %2 GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="389"/>
        <source>%1 parameters x %2 bytes as stored%3%4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="393"/>
        <source>, + 2 x the largest layer gathered (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="394"/>
        <source>, shards in CPU memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="396"/>
        <source>%1 adapter parameters (rank %2, %3) x %4 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="401"/>
        <source>fp32 master copy: %1 parameters x 4 bytes%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="404"/>
        <source>none: the weights themselves are trained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="407"/>
        <source>optimizer step in backward: only the largest tensor&apos;s gradient (%1 values x %2 bytes) is alive at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="411"/>
        <source>%1 trainable parameters x %2 bytes%3%4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="415"/>
        <source>, x 2 for DDP&apos;s gradient buckets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="418"/>
        <source>, + the largest layer&apos;s unsharded gradient (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="421"/>
        <source>%1 for %2 trainable parameters (%3 bytes in all)%4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="426"/>
        <source>, in CPU memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="509"/>
        <source>%1 fake-quant weight clones and masks %2 (%3 weights x 3 bytes); the inputs are not fake-quantized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="512"/>
        <source>%1 fake-quant weight clones and masks %2 (%3 weights x 3 bytes), activation copies and masks %4 (%5 bytes per token and layer x %6 layers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="545"/>
        <source>%1 layers x %2 (%3 checkpointing, flash attention %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="548"/>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="548"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="550"/>
        <source>one layer recomputed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="551"/>
        <source>final norm and head input %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="553"/>
        <source>block-causal mask of the packed rows %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="560"/>
        <source>offloaded to CPU but 2 layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="572"/>
        <source>one NF4 matrix dequantised to 16 bits %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="575"/>
        <source>%1 sequences x %2 tokens: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="587"/>
        <source>%1 tokens x %2 vocabulary: 2 bytes of bf16 logits + (4 fp32 log-softmax + 4 fp32 gradient) / %3 chunk(s)%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="592"/>
        <source> + the student&apos;s fp32 log-probabilities and their gradient for the KL loss %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="602"/>
        <source>none: no teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="620"/>
        <source>teacher %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="632"/>
        <source>teacher %1 in %2: weights %3 + forward working set %4 + logits and fp32 probabilities %5%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="634"/>
        <source> (on its own GPU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="637"/>
        <source>teacher and student do not share a tokenizer (%1 vocabulary rows, %2 %3; %4 rows, %5 %6): logit distillation needs one; sequence-level distillation from generated text does not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="698"/>
        <source>CUDA context and libraries %1 + cuBLAS workspace %2 (not counted by PyTorch&apos;s allocator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="858"/>
        <source>paged optimizer state (%1) lives in CUDA unified memory outside PyTorch&apos;s allocator: it is not in the peak allocated and moves to CPU memory when the GPU runs short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="862"/>
        <source>sequence of %1 tokens exceeds the model&apos;s trained context of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="866"/>
        <source>the teacher is replicated on every GPU, not sharded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="871"/>
        <source>%1 of the %2 layers are recurrent (Gated DeltaNet, Mamba2, short convolution or Kimi Delta Attention): their saved activations are counted as an attention layer&apos;s of the model&apos;s attention shape, not from their own kernels, so the activations are an approximation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Planner::WindowsProbe</name>
    <message>
        <location filename="../../model/hardware/windowsprobe.cpp" line="25"/>
        <source>GlobalMemoryStatusEx failed: system RAM is unknown</source>
        <translation>GlobalMemoryStatusEx failed: system RAM is unknown</translation>
    </message>
    <message>
        <location filename="../../model/hardware/windowsprobe.cpp" line="30"/>
        <source>DXGI is not available: GPUs cannot be listed</source>
        <translation>DXGI is not available: GPUs cannot be listed</translation>
    </message>
</context>
<context>
    <name>RecommendPanel</name>
    <message>
        <location filename="../../views/recommendpanel.cpp" line="158"/>
        <source>What can I run? Every catalog model on the hardware in use, with the best quantization that fits, the largest context at it and the decode speed. Double-click a row to plan it.</source>
        <translation>What can I run? Every catalog model on the hardware in use, with the best quantization that fits, the largest context at it and the decode speed. Double-click a row to plan it.</translation>
    </message>
    <message>
        <location filename="../../views/recommendpanel.cpp" line="160"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location filename="../../views/recommendpanel.cpp" line="161"/>
        <source>Model name</source>
        <translation>Model name</translation>
    </message>
    <message>
        <location filename="../../views/recommendpanel.cpp" line="162"/>
        <source>Show only the models whose name contains this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/recommendpanel.cpp" line="163"/>
        <source>What can I run</source>
        <translation>What can I run</translation>
    </message>
    <message>
        <location filename="../../views/recommendpanel.cpp" line="164"/>
        <source>Computing recommendations</source>
        <translation>Computing recommendations</translation>
    </message>
    <message>
        <location filename="../../views/recommendpanel.cpp" line="165"/>
        <source>&amp;Quality floor (KLD):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/recommendpanel.cpp" line="166"/>
        <source>Skip quantizations whose published mean KL divergence against the 16-bit model is above this (0.25 keeps the 3-bit types and better; 3 keeps all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/recommendpanel.cpp" line="168"/>
        <source>&amp;Usable speed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/recommendpanel.cpp" line="169"/>
        <source> tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/recommendpanel.cpp" line="170"/>
        <source>Prefer a better quantization with part of the model in system RAM when it decodes at least this fast (0: quality first)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioCompareDialog</name>
    <message>
        <location filename="../../views/scenariocomparedialog.cpp" line="33"/>
        <source>Compare scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/scenariocomparedialog.cpp" line="41"/>
        <source>%1, %2, %3, context %4 x %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/scenariocomparedialog.cpp" line="47"/>
        <source>Scenarios to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/scenariocomparedialog.cpp" line="59"/>
        <source>Memory by scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/scenariocomparedialog.cpp" line="71"/>
        <source>Tick two to four scenarios:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/scenariocomparedialog.cpp" line="90"/>
        <source>Current: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/scenariocomparedialog.cpp" line="132"/>
        <source>Tick one more scenario to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/scenariocomparedialog.cpp" line="134"/>
        <source>Nothing ticked yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="307"/>
        <source>%1  %2 bpw</source>
        <translation>%1  %2 bpw</translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="262"/>
        <source>%1
Runs on: %2</source>
        <translation>%1
Runs on: %2</translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="294"/>
        <source>File: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="299"/>
        <source>The opened file&apos;s own tensors: %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="307"/>
        <source>re-quantize to %1  %2 bpw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="319"/>
        <source>%1 (MoE, %2 active)</source>
        <translation>%1 (MoE, %2 active)</translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="330"/>
        <source>%1 tokens (up to %2, what the model was trained for; its config.json says %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="334"/>
        <source>%1 tokens (up to %2)</source>
        <translation>%1 tokens (up to %2)</translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="391"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="392"/>
        <source>&amp;Engine</source>
        <translation>&amp;Engine</translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="396"/>
        <source>Inference engine</source>
        <translation>Inference engine</translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="397"/>
        <source>The program that runs the model: its allocation rules decide the KV cache, the compute buffers and the overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="399"/>
        <source>&amp;Quantization</source>
        <translation>&amp;Quantization</translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="400"/>
        <source>Quantization</source>
        <translation>Quantization</translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="409"/>
        <source>&amp;Context</source>
        <translation>&amp;Context</translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="410"/>
        <source>Context length, logarithmic slider</source>
        <translation>Context length, logarithmic slider</translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="411"/>
        <source>Context length in tokens</source>
        <translation>Context length in tokens</translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="412"/>
        <source>Tokens each sequence can hold (prompt and answer); up to the model&apos;s trained maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="414"/>
        <source> tokens</source>
        <translation> tokens</translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="415"/>
        <source>&amp;Batch</source>
        <translation>&amp;Batch</translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="416"/>
        <source>Parallel sequences</source>
        <translation>Parallel sequences</translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="417"/>
        <source>Parallel sequences (batch): each holds its own KV cache</source>
        <translation>Parallel sequences (batch): each holds its own KV cache</translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="418"/>
        <source>&amp;KV cache</source>
        <translation>&amp;KV cache</translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="419"/>
        <source>KV cache type</source>
        <translation>KV cache type</translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="420"/>
        <source>Element type of the KV cache: a quantized cache holds more tokens in the same memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="421"/>
        <source>&amp;GPU memory</source>
        <translation>&amp;GPU memory</translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="422"/>
        <source>GPU memory to plan for</source>
        <translation>GPU memory to plan for</translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="423"/>
        <source>GPU memory to plan for (what-if; 0 = no GPU)</source>
        <translation>GPU memory to plan for (what-if; 0 = no GPU)</translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="424"/>
        <source>&amp;RAM</source>
        <translation>&amp;RAM</translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="425"/>
        <source>System RAM to plan for</source>
        <translation>System RAM to plan for</translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="426"/>
        <source>System RAM to plan for: where offloaded layers and experts go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="427"/>
        <source>Compare...</source>
        <translation>Compare...</translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="428"/>
        <source>Add quantizations to the comparison</source>
        <translation>Add quantizations to the comparison</translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="429"/>
        <source>Tick more quantizations to add them to the comparison chart</source>
        <translation>Tick more quantizations to add them to the comparison chart</translation>
    </message>
</context>
<context>
    <name>TrainPanel</name>
    <message>
        <location filename="../../views/trainpanel.cpp" line="234"/>
        <location filename="../../views/trainpanel.cpp" line="541"/>
        <location filename="../../views/trainpanel.cpp" line="558"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="280"/>
        <source>GB per GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="315"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="322"/>
        <source>Per GPU: %1 allocated at the peak + CUDA context = %2; the allocator reserves about %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="327"/>
        <source>Fits: %1 of %2 per GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="330"/>
        <source>Tight: the peak fits in %1, the allocator&apos;s reserve may not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="333"/>
        <source>Does not fit: %1 needed per GPU, %2 there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="336"/>
        <source>Does not fit: %1 offloaded to RAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="339"/>
        <source>No GPU to train on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="348"/>
        <source>Teacher %1 in %2, forward only: %3; student %4 with its training state: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="356"/>
        <source>Step: %1 s, %2 tokens/s over %3 GPU(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="360"/>
        <source>Step time: the GPU&apos;s throughput is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="363"/>
        <source>Job: %1 h for %2 M tokens x %3 epoch(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="399"/>
        <source>Selective (= none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="400"/>
        <source>Selective = none: flash attention keeps no attention scores to recompute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="403"/>
        <source>Reserved per GPU (GB) against sequence length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="404"/>
        <source>Reserved per GPU (GiB) against sequence length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="420"/>
        <location filename="../../views/trainpanel.cpp" line="560"/>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="435"/>
        <source>Students of %1: searching...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/trainpanel.cpp" line="449"/>
        <source>Students of %1 that share its tokenizer (logit distillation, teacher on the GPUs): %n model(s), each with the largest micro-batch up to %2 that fits</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/trainpanel.cpp" line="454"/>
        <source>Models smaller than %1, trained on text it generated: %n model(s), each with the largest micro-batch up to %2 that fits</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="459"/>
        <location filename="../../views/trainpanel.cpp" line="560"/>
        <source>Students (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="466"/>
        <source>Fits</source>
        <translation type="unfinished">Fits</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="469"/>
        <source>Tight</source>
        <translation type="unfinished">Tight</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="472"/>
        <source>RAM short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="475"/>
        <source>Does not fit</source>
        <translation type="unfinished">Does not fit</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="478"/>
        <source>No GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="482"/>
        <source>%1 (longest that fits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="483"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="483"/>
        <source>unknown</source>
        <translation type="unfinished">unknown</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="486"/>
        <source>%1: %2 per GPU reserved (%3 allocated + CUDA context), of which the teacher %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="516"/>
        <source>&amp;Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="516"/>
        <source>&amp;Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="516"/>
        <source>&amp;Optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="516"/>
        <source>LoRA &amp;rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="517"/>
        <source>LoRA &amp;targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="517"/>
        <source>&amp;Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="517"/>
        <source>Micro-&amp;batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="517"/>
        <source>QAT &amp;weights / activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="518"/>
        <source>&amp;Gradient accumulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="518"/>
        <source>&amp;Checkpointing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="518"/>
        <source>S&amp;harding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="518"/>
        <source>G&amp;PUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="518"/>
        <source>T&amp;eacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="519"/>
        <source>Teacher &amp;quantization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="519"/>
        <source>&amp;Flash attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="519"/>
        <source>Ch&amp;unked loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="519"/>
        <source>Optimizer step in &amp;backward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="520"/>
        <source>Stu&amp;dents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="520"/>
        <source>D&amp;ataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="520"/>
        <source>&amp;Number of epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="521"/>
        <source>Full fine-tuning, LoRA, QLoRA, quantization-aware training or distillation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="522"/>
        <source>Which copies of the weights, gradients and optimizer state are kept in which precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="523"/>
        <source>The optimizer and how many bytes of state it keeps per trainable parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="524"/>
        <source>The rank of the LoRA adapters: their size grows with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="524"/>
        <source>The layers that get LoRA adapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="525"/>
        <source>What quantization-aware training fake-quantizes: 8da4w, int8 activations and int4 weights (torchao&apos;s default); 4w, int4 weights only, which keeps no copies of the layers&apos; inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="527"/>
        <source>Tokens per training sequence: the activations grow with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="528"/>
        <source>Sequences per GPU per step: the activations grow with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="529"/>
        <source>Micro-batches added up before each optimizer step: more tokens per step, no more memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="530"/>
        <source>Which activations are recomputed in backward instead of kept: less memory, more compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="531"/>
        <source>How ZeRO / FSDP spread the optimizer state, gradients and weights over the GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="532"/>
        <source>GPUs the job runs on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="532"/>
        <source>The teacher model of a distillation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="533"/>
        <source>The teacher&apos;s quantization: it is only run forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="534"/>
        <source>Flash attention / SDPA: no attention-score matrices are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="535"/>
        <source>Cross-entropy in chunks, so the whole fp32 logits never exist at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="536"/>
        <source>Each layer&apos;s gradients are applied and freed during backward instead of kept for the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="537"/>
        <source>Which models the Students page offers for the teacher: those sharing its tokenizer (logit distillation) or any smaller one (trained on text the teacher generated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="539"/>
        <source>Tokens in the training dataset, for the job time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="539"/>
        <source>Passes over the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="540"/>
        <source> M tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="548"/>
        <source>Weights</source>
        <translation type="unfinished">Weights</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="548"/>
        <source>Trainable weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="548"/>
        <source>Gradients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="548"/>
        <source>Optimizer state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="548"/>
        <source>Activations</source>
        <translation type="unfinished">Activations</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="549"/>
        <source>Logits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="549"/>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="549"/>
        <source>CUDA context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="280"/>
        <source>GiB per GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="551"/>
        <source>Training memory per GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="552"/>
        <source>Tokens per sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="555"/>
        <source>No checkpointing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="399"/>
        <location filename="../../views/trainpanel.cpp" line="555"/>
        <source>Selective checkpointing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="555"/>
        <source>Full checkpointing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="555"/>
        <source>GPU memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="559"/>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="561"/>
        <source>The memory per GPU by component, and against sequence length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="562"/>
        <source>The catalog models that could be the chosen teacher&apos;s student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="563"/>
        <source>Same tokenizer (logits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="564"/>
        <source>Any smaller model (generated text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="565"/>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="565"/>
        <source>Parameters</source>
        <translation type="unfinished">Parameters</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="565"/>
        <source>Micro-batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="565"/>
        <source>Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="566"/>
        <source>Per GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="566"/>
        <source>Verdict</source>
        <translation type="unfinished">Verdict</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="566"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="567"/>
        <source>Each catalog model that could be the teacher&apos;s student, with the largest micro-batch (or, when one sequence does not fit, the longest sequence) that fits each GPU; what fits first, larger students first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="573"/>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <location filename="../../views/verdictbanner.cpp" line="39"/>
        <location filename="../../views/verdictbanner.cpp" line="90"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../views/verdictbanner.cpp" line="59"/>
        <source>Cannot estimate this scenario</source>
        <translation>Cannot estimate this scenario</translation>
    </message>
</context>
</TS>
