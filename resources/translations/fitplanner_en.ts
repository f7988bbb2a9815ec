<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CatalogPanel</name>
    <message>
        <source>Search models...</source>
        <translation>Search models...</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>Search models</translation>
    </message>
    <message>
        <source>&amp;Family</source>
        <translation>&amp;Family</translation>
    </message>
    <message>
        <source>All families</source>
        <translation>All families</translation>
    </message>
    <message>
        <source>Family filter</source>
        <translation>Family filter</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>Dense and MoE</source>
        <translation>Dense and MoE</translation>
    </message>
    <message>
        <source>Dense only</source>
        <translation>Dense only</translation>
    </message>
    <message>
        <source>Mixture of experts only</source>
        <translation>Mixture of experts only</translation>
    </message>
    <message>
        <source>Dense or mixture-of-experts filter</source>
        <translation>Dense or mixture-of-experts filter</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>&amp;Size</translation>
    </message>
    <message>
        <source>Minimum parameters in billions</source>
        <translation>Minimum parameters in billions</translation>
    </message>
    <message>
        <source>Maximum parameters in billions</source>
        <translation>Maximum parameters in billions</translation>
    </message>
    <message>
        <source>Smallest model to list, in billions of parameters</source>
        <translation>Smallest model to list, in billions of parameters</translation>
    </message>
    <message>
        <source>Largest model to list, in billions of parameters</source>
        <translation>Largest model to list, in billions of parameters</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>&amp;Licence</translation>
    </message>
    <message>
        <source>Any licence</source>
        <translation>Any licence</translation>
    </message>
    <message>
        <source>Licence filter</source>
        <translation>Licence filter</translation>
    </message>
    <message>
        <source>Model catalog</source>
        <translation>Model catalog</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unexpected argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 needs a value</translation>
    </message>
    <message>
        <source>--model: unknown model &apos;%1&apos; (see &apos;fitplanner models&apos;)</source>
        <translation>--model: unknown model &apos;%1&apos; (see &apos;fitplanner models&apos;)</translation>
    </message>
    <message>
        <source>--quant: unknown quantization &apos;%1&apos; (see &apos;fitplanner quants&apos;)</source>
        <translation>--quant: unknown quantization &apos;%1&apos; (see &apos;fitplanner quants&apos;)</translation>
    </message>
    <message>
        <source>--context: &apos;%1&apos; is not a context length (a positive number of tokens, e.g. 32768 or 32k)</source>
        <translation>--context: &apos;%1&apos; is not a context length (a positive number of tokens, e.g. 32768 or 32k)</translation>
    </message>
    <message>
        <source>--tab: &apos;%1&apos; is not a tab (choose one of: %2)</source>
        <translation>--tab: &apos;%1&apos; is not a tab (choose one of: %2)</translation>
    </message>
    <message>
        <source>--size: &apos;%1&apos; is not WIDTHxHEIGHT between 640x480 and 8192x8192</source>
        <translation>--size: &apos;%1&apos; is not WIDTHxHEIGHT between 640x480 and 8192x8192</translation>
    </message>
    <message>
        <source>--engine: unknown engine &apos;%1&apos; (choose one of: %2)</source>
        <translation>--engine: unknown engine &apos;%1&apos; (choose one of: %2)</translation>
    </message>
    <message>
        <source>--lang: unknown language &apos;%1&apos; (choose one of: %2)</source>
        <translation>--lang: unknown language &apos;%1&apos; (choose one of: %2)</translation>
    </message>
    <message>
        <source>--units: &apos;%1&apos; must be GiB or GB</source>
        <translation>--units: &apos;%1&apos; must be GiB or GB</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unknown option &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--screenshot needs a file name</source>
        <translation>--screenshot needs a file name</translation>
    </message>
    <message>
        <source>--context: %1 is beyond the model&apos;s maximum of %2 tokens</source>
        <translation>--context: %1 is beyond the model&apos;s maximum of %2 tokens</translation>
    </message>
    <message>
        <source>--size: the window cannot be laid out at %1x%2 (got %3x%4)</source>
        <translation>--size: the window cannot be laid out at %1x%2 (got %3x%4)</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;</source>
        <translation>cannot write &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--gpu: unknown GPU &apos;%1&apos; (see &apos;fitplanner gpus&apos;)</source>
        <translation>--gpu: unknown GPU &apos;%1&apos; (see &apos;fitplanner gpus&apos;)</translation>
    </message>
    <message>
        <source>--gpus: &apos;%1&apos; is not a GPU count from 1 to 64</source>
        <translation>--gpus: &apos;%1&apos; is not a GPU count from 1 to 64</translation>
    </message>
</context>
<context>
    <name>HardwarePanel</name>
    <message>
        <source> (%1 free)</source>
        <translation> (%1 free)</translation>
    </message>
    <message>
        <source>GPU (entered by hand)</source>
        <translation>GPU (entered by hand)</translation>
    </message>
    <message>
        <source>%1x %2</source>
        <translation>%1x %2</translation>
    </message>
    <message>
        <source>no GPU</source>
        <translation>no GPU</translation>
    </message>
    <message>
        <source>RAM %1 (%2 free)</source>
        <translation>RAM %1 (%2 free)</translation>
    </message>
    <message>
        <source>RAM %1</source>
        <translation>RAM %1</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Detected: %1</translation>
    </message>
    <message>
        <source>Detecting hardware... planning for %1</source>
        <translation>Detecting hardware... planning for %1</translation>
    </message>
    <message>
        <source>What-if: %1</source>
        <translation>What-if: %1</translation>
    </message>
    <message>
        <source>Entered by hand: %1</source>
        <translation>Entered by hand: %1</translation>
    </message>
    <message>
        <source>Detecting hardware...</source>
        <translation>Detecting hardware...</translation>
    </message>
    <message>
        <source>Not detected yet.</source>
        <translation>Not detected yet.</translation>
    </message>
    <message>
        <source>Detecting hardware again...</source>
        <translation>Detecting hardware again...</translation>
    </message>
    <message>
        <source>This machine:</source>
        <translation>This machine:</translation>
    </message>
    <message>
        <source>, %1 GB/s</source>
        <translation>, %1 GB/s</translation>
    </message>
    <message>
        <source>, unified memory</source>
        <translation>, unified memory</translation>
    </message>
    <message>
        <source>No GPU found: models run on the CPU.</source>
        <translation>No GPU found: models run on the CPU.</translation>
    </message>
    <message>
        <source>System RAM %1 (%2 available)</source>
        <translation>System RAM %1 (%2 available)</translation>
    </message>
    <message>
        <source>System RAM %1</source>
        <translation>System RAM %1</translation>
    </message>
    <message>
        <source>System RAM: could not be read</source>
        <translation>System RAM: could not be read</translation>
    </message>
    <message>
        <source>CPU %1, %2 threads</source>
        <translation>CPU %1, %2 threads</translation>
    </message>
    <message>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>&amp;Hardware:</source>
        <translation>&amp;Hardware:</translation>
    </message>
    <message>
        <source>This machine (detected)</source>
        <translation>This machine (detected)</translation>
    </message>
    <message>
        <source>What if I had...</source>
        <translation>What if I had...</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>Entered by hand</translation>
    </message>
    <message>
        <source>Hardware to plan for</source>
        <translation>Hardware to plan for</translation>
    </message>
    <message>
        <source>Detect &amp;again</source>
        <translation>Detect &amp;again</translation>
    </message>
    <message>
        <source>&amp;GPU:</source>
        <translation>&amp;GPU:</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>&amp;Count:</translation>
    </message>
    <message>
        <source>System &amp;RAM:</source>
        <translation>System &amp;RAM:</translation>
    </message>
    <message>
        <source>Detected devices</source>
        <translation>Detected devices</translation>
    </message>
    <message>
        <source>Planning for the GPU memory and system RAM entered in the scenario above.</source>
        <translation>Planning for the GPU memory and system RAM entered in the scenario above.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About FitPlanner</source>
        <translation>About FitPlanner</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;FitPlanner %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Will this open-weights model run on your hardware? FitPlanner estimates weights, KV cache, activations and runtime overhead from the model&apos;s own dimensions and the engine&apos;s allocation rules. Hover any number to see how it was computed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;FitPlanner %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Will this open-weights model run on your hardware? FitPlanner estimates weights, KV cache, activations and runtime overhead from the model&apos;s own dimensions and the engine&apos;s allocation rules. Hover any number to see how it was computed.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>FitPlanner</source>
        <translation>FitPlanner</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>&amp;Units</translation>
    </message>
    <message>
        <source>GiB (binary, as drivers report)</source>
        <translation>GiB (binary, as drivers report)</translation>
    </message>
    <message>
        <source>GB (decimal)</source>
        <translation>GB (decimal)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About FitPlanner</source>
        <translation>&amp;About FitPlanner</translation>
    </message>
    <message>
        <source>Quantizations</source>
        <translation>Quantizations</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Context</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Memory &amp;breakdown (hover a row for the arithmetic)</source>
        <translation>Memory &amp;breakdown (hover a row for the arithmetic)</translation>
    </message>
    <message>
        <source>Memory breakdown</source>
        <translation>Memory breakdown</translation>
    </message>
    <message>
        <source>Memory by quantization table</source>
        <translation>Memory by quantization table</translation>
    </message>
    <message>
        <source>Model catalog</source>
        <translation>Model catalog</translation>
    </message>
    <message>
        <source>Planning for %1 GPU memory + %2 system RAM (entered by hand)</source>
        <translation type="vanished">Planning for %1 GPU memory + %2 system RAM (entered by hand)</translation>
    </message>
    <message>
        <source>Open model file</source>
        <translation>Open model file</translation>
    </message>
    <message>
        <source>Model files (*.gguf *.safetensors);;All files (*)</source>
        <translation>Model files (*.gguf *.safetensors);;All files (*)</translation>
    </message>
    <message>
        <source>Open model folder</source>
        <translation>Open model folder</translation>
    </message>
    <message>
        <source>&amp;Open model file...</source>
        <translation>&amp;Open model file...</translation>
    </message>
    <message>
        <source>Open model &amp;folder...</source>
        <translation>Open model &amp;folder...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>What can I run?</source>
        <translation>What can I run?</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>Placement: no plan (%1)</source>
        <translation>Placement: no plan (%1)</translation>
    </message>
    <message>
        <source>Placement on this hardware: %1</source>
        <translation>Placement on this hardware: %1</translation>
    </message>
    <message>
        <source>, about %1 tokens/s</source>
        <translation>, about %1 tokens/s</translation>
    </message>
    <message>
        <source>, short by %1</source>
        <translation>, short by %1</translation>
    </message>
    <message>
        <source>Cannot plan for %1</source>
        <translation>Cannot plan for %1</translation>
    </message>
    <message>
        <source>Opening %1...</source>
        <translation>Opening %1...</translation>
    </message>
    <message>
        <source>it is a vision projector (mmproj), not a language model</source>
        <translation>it is a vision projector (mmproj), not a language model</translation>
    </message>
    <message>
        <source>the architecture could not be derived from it</source>
        <translation>the architecture could not be derived from it</translation>
    </message>
    <message>
        <source>Cannot open model file</source>
        <translation>Cannot open model file</translation>
    </message>
    <message>
        <source>Cannot open %1:
%2</source>
        <translation>Cannot open %1:
%2</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Clear list</translation>
    </message>
</context>
<context>
    <name>MemoryChartWidget</name>
    <message>
        <source>Memory by quantization chart</source>
        <translation>Memory by quantization chart</translation>
    </message>
    <message>
        <source>Memory by context length chart</source>
        <translation>Memory by context length chart</translation>
    </message>
    <message>
        <source>Memory (%1)</source>
        <translation>Memory (%1)</translation>
    </message>
    <message>
        <source>Context length (tokens per sequence)</source>
        <translation>Context length (tokens per sequence)</translation>
    </message>
    <message>
        <source>Memory by quantization</source>
        <translation>Memory by quantization</translation>
    </message>
    <message>
        <source>Memory by context length</source>
        <translation>Memory by context length</translation>
    </message>
    <message>
        <source>Current context</source>
        <translation>Current context</translation>
    </message>
    <message>
        <source>GPU %1</source>
        <translation>GPU %1</translation>
    </message>
    <message>
        <source>GPU + RAM %1</source>
        <translation>GPU + RAM %1</translation>
    </message>
</context>
<context>
    <name>PlacementPanel</name>
    <message>
        <source>No plan: %1</source>
        <translation>No plan: %1</translation>
    </message>
    <message>
        <source> with %1 to spare</source>
        <translation> with %1 to spare</translation>
    </message>
    <message>
        <source>: short by %1</source>
        <translation>: short by %1</translation>
    </message>
    <message>
        <source> &amp;mdash; about %1 tokens/s</source>
        <translation> &amp;mdash; about %1 tokens/s</translation>
    </message>
    <message>
        <source>, %1 s to read a %2-token prompt</source>
        <translation>, %1 s to read a %2-token prompt</translation>
    </message>
    <message>
        <source>Engine &amp;command that runs this plan:</source>
        <translation>Engine &amp;command that runs this plan:</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;y</translation>
    </message>
    <message>
        <source>Copy the command to the clipboard</source>
        <translation>Copy the command to the clipboard</translation>
    </message>
    <message>
        <source>Placement per device</source>
        <translation>Placement per device</translation>
    </message>
    <message>
        <source>Engine command</source>
        <translation>Engine command</translation>
    </message>
</context>
<context>
    <name>Planner::BreakdownModel</name>
    <message>
        <source>Weights + KV cache + activations + overhead</source>
        <translation>Weights + KV cache + activations + overhead</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exact</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Range</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
</context>
<context>
    <name>Planner::Component</name>
    <message>
        <source>Weights</source>
        <translation>Weights</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV cache</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Activations</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>Overhead</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>Planner::ContextSweepModel</name>
    <message numerus="yes">
        <source>%n token(s) per sequence</source>
        <translation>
            <numerusform>%n token per sequence</numerusform>
            <numerusform>%n tokens per sequence</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2 tokens: %3</source>
        <translation>%1 at %2 tokens: %3</translation>
    </message>
    <message>
        <source>Context (tokens)</source>
        <translation>Context (tokens)</translation>
    </message>
</context>
<context>
    <name>Planner::Engine</name>
    <message>
        <source>llama.cpp / Ollama / LM Studio</source>
        <translation>llama.cpp / Ollama / LM Studio</translation>
    </message>
    <message>
        <source>vLLM / SGLang</source>
        <translation>vLLM / SGLang</translation>
    </message>
    <message>
        <source>Hugging Face transformers</source>
        <translation>Hugging Face transformers</translation>
    </message>
    <message>
        <source>MLX (Apple)</source>
        <translation>MLX (Apple)</translation>
    </message>
</context>
<context>
    <name>Planner::EstimateSession</name>
    <message>
        <source>Try %1: needs %2 (%3)</source>
        <translation>Try %1: needs %2 (%3)</translation>
    </message>
    <message>
        <source>Even %1, the smallest compared quantization, needs %2: choose a smaller model or more memory</source>
        <translation>Even %1, the smallest compared quantization, needs %2: choose a smaller model or more memory</translation>
    </message>
</context>
<context>
    <name>Planner::FitVerdict</name>
    <message>
        <source>Fits in %1 GPU memory with %2 to spare</source>
        <translation>Fits in %1 GPU memory with %2 to spare</translation>
    </message>
    <message>
        <source>Tight: needs %1 of %2 GPU memory, only %3 to spare (estimate up to %4)</source>
        <translation>Tight: needs %1 of %2 GPU memory, only %3 to spare (estimate up to %4)</translation>
    </message>
    <message>
        <source>Fits only with CPU offload: needs %1; %2 GPU + %3 RAM leave %4 to spare</source>
        <translation>Fits only with CPU offload: needs %1; %2 GPU + %3 RAM leave %4 to spare</translation>
    </message>
    <message>
        <source>Runs from system RAM only: needs %1 of %2 RAM, %3 to spare</source>
        <translation>Runs from system RAM only: needs %1 of %2 RAM, %3 to spare</translation>
    </message>
    <message>
        <source>Does not fit: needs %1; you have %2 GPU + %3 RAM (%4 short)</source>
        <translation>Does not fit: needs %1; you have %2 GPU + %3 RAM (%4 short)</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>Fits</translation>
    </message>
    <message>
        <source>Tight</source>
        <translation>Tight</translation>
    </message>
    <message>
        <source>CPU offload</source>
        <translation>CPU offload</translation>
    </message>
    <message>
        <source>Does not fit</source>
        <translation>Does not fit</translation>
    </message>
</context>
<context>
    <name>Planner::ModelCatalogModel</name>
    <message>
        <source>%1 (%2): %3 parameters, %4 active per token, up to %5 tokens of context, licence %6</source>
        <translation>%1 (%2): %3 parameters, %4 active per token, up to %5 tokens of context, licence %6</translation>
    </message>
    <message>
        <source>%1 (%2): %3 parameters, up to %4 tokens of context, licence %5</source>
        <translation>%1 (%2): %3 parameters, up to %4 tokens of context, licence %5</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Max context</source>
        <translation>Max context</translation>
    </message>
    <message>
        <source>Opened files</source>
        <translation>Opened files</translation>
    </message>
</context>
<context>
    <name>Planner::PlacementModel</name>
    <message>
        <source>holds the token embeddings</source>
        <translation>holds the token embeddings</translation>
    </message>
    <message>
        <source>holds the output layer</source>
        <translation>holds the output layer</translation>
    </message>
    <message>
        <source>memory bandwidth %1 GB/s</source>
        <translation>memory bandwidth %1 GB/s</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>%1 of %2 used</source>
        <translation>%1 of %2 used</translation>
    </message>
    <message>
        <source>short by %1</source>
        <translation>short by %1</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Layers</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Weights</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV cache</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Compute</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>Overhead</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Usage</translation>
    </message>
</context>
<context>
    <name>Planner::QuantComparisonModel</name>
    <message>
        <source>Weights + KV cache + activations + overhead</source>
        <translation>Weights + KV cache + activations + overhead</translation>
    </message>
    <message>
        <source>%1 bits per weight: %2</source>
        <translation>%1 bits per weight: %2</translation>
    </message>
</context>
<context>
    <name>Planner::RecommendationModel</name>
    <message>
        <source>Fits on GPU</source>
        <translation>Fits on GPU</translation>
    </message>
    <message>
        <source>CPU offload (%1 of %2 layers on GPU)</source>
        <translation>CPU offload (%1 of %2 layers on GPU)</translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation>CPU only</translation>
    </message>
    <message>
        <source>Does not fit</source>
        <translation>Does not fit</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Best quantization</source>
        <translation>Best quantization</translation>
    </message>
    <message>
        <source>Largest context</source>
        <translation>Largest context</translation>
    </message>
    <message>
        <source>Speed (tokens/s)</source>
        <translation>Speed (tokens/s)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>The GPU&apos;s memory bandwidth is not known: choose it in the hardware panel&apos;s what-if mode.</source>
        <translation>The GPU&apos;s memory bandwidth is not known: choose it in the hardware panel&apos;s what-if mode.</translation>
    </message>
</context>
<context>
    <name>RecommendPanel</name>
    <message>
        <source>What can I run? Every catalog model on the hardware in use, with the best quantization that fits, the largest context at it and the decode speed. Double-click a row to plan it.</source>
        <translation>What can I run? Every catalog model on the hardware in use, with the best quantization that fits, the largest context at it and the decode speed. Double-click a row to plan it.</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Model name</source>
        <translation>Model name</translation>
    </message>
    <message>
        <source>What can I run</source>
        <translation>What can I run</translation>
    </message>
    <message>
        <source>Computing recommendations</source>
        <translation>Computing recommendations</translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message>
        <source>%1  %2 bpw</source>
        <translation>%1  %2 bpw</translation>
    </message>
    <message>
        <source>%1
Runs on: %2</source>
        <translation>%1
Runs on: %2</translation>
    </message>
    <message>
        <source>%1 (MoE, %2 active)</source>
        <translation>%1 (MoE, %2 active)</translation>
    </message>
    <message>
        <source>%1 tokens (up to %2)</source>
        <translation>%1 tokens (up to %2)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>&amp;Engine</source>
        <translation>&amp;Engine</translation>
    </message>
    <message>
        <source>Inference engine</source>
        <translation>Inference engine</translation>
    </message>
    <message>
        <source>&amp;Quantization</source>
        <translation>&amp;Quantization</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Quantization</translation>
    </message>
    <message>
        <source>&amp;Context</source>
        <translation>&amp;Context</translation>
    </message>
    <message>
        <source>Context length, logarithmic slider</source>
        <translation>Context length, logarithmic slider</translation>
    </message>
    <message>
        <source>Context length in tokens</source>
        <translation>Context length in tokens</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> tokens</translation>
    </message>
    <message>
        <source>&amp;Batch</source>
        <translation>&amp;Batch</translation>
    </message>
    <message>
        <source>Parallel sequences</source>
        <translation>Parallel sequences</translation>
    </message>
    <message>
        <source>Parallel sequences (batch): each holds its own KV cache</source>
        <translation>Parallel sequences (batch): each holds its own KV cache</translation>
    </message>
    <message>
        <source>&amp;KV cache</source>
        <translation>&amp;KV cache</translation>
    </message>
    <message>
        <source>KV cache type</source>
        <translation>KV cache type</translation>
    </message>
    <message>
        <source>&amp;GPU memory</source>
        <translation>&amp;GPU memory</translation>
    </message>
    <message>
        <source>GPU memory to plan for</source>
        <translation>GPU memory to plan for</translation>
    </message>
    <message>
        <source>GPU memory to plan for (what-if; 0 = no GPU)</source>
        <translation>GPU memory to plan for (what-if; 0 = no GPU)</translation>
    </message>
    <message>
        <source>&amp;RAM</source>
        <translation>&amp;RAM</translation>
    </message>
    <message>
        <source>System RAM to plan for</source>
        <translation>System RAM to plan for</translation>
    </message>
    <message>
        <source>Compare...</source>
        <translation>Compare...</translation>
    </message>
    <message>
        <source>Add quantizations to the comparison</source>
        <translation>Add quantizations to the comparison</translation>
    </message>
    <message>
        <source>Tick more quantizations to add them to the comparison chart</source>
        <translation>Tick more quantizations to add them to the comparison chart</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Cannot estimate this scenario</source>
        <translation>Cannot estimate this scenario</translation>
    </message>
</context>
</TS>
