<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CatalogPanel</name>
    <message>
        <source>Search models...</source>
        <translation>搜索模型…</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>搜索模型</translation>
    </message>
    <message>
        <source>&amp;Family</source>
        <translation>系列(&amp;F)</translation>
    </message>
    <message>
        <source>All families</source>
        <translation>全部系列</translation>
    </message>
    <message>
        <source>Family filter</source>
        <translation>系列筛选</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>类型(&amp;T)</translation>
    </message>
    <message>
        <source>Dense and MoE</source>
        <translation>稠密与 MoE</translation>
    </message>
    <message>
        <source>Dense only</source>
        <translation>仅稠密模型</translation>
    </message>
    <message>
        <source>Mixture of experts only</source>
        <translation>仅混合专家模型</translation>
    </message>
    <message>
        <source>Dense or mixture-of-experts filter</source>
        <translation>稠密/混合专家筛选</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>规模(&amp;S)</translation>
    </message>
    <message>
        <source>Minimum parameters in billions</source>
        <translation>最少参数量（十亿）</translation>
    </message>
    <message>
        <source>Maximum parameters in billions</source>
        <translation>最多参数量（十亿）</translation>
    </message>
    <message>
        <source>Smallest model to list, in billions of parameters</source>
        <translation>列出的最小模型，单位为十亿参数</translation>
    </message>
    <message>
        <source>Largest model to list, in billions of parameters</source>
        <translation>列出的最大模型，单位为十亿参数</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>许可证(&amp;L)</translation>
    </message>
    <message>
        <source>Any licence</source>
        <translation>任意许可证</translation>
    </message>
    <message>
        <source>Licence filter</source>
        <translation>许可证筛选</translation>
    </message>
    <message>
        <source>Model catalog</source>
        <translation>模型目录</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>意外的参数“%1”</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 需要一个值</translation>
    </message>
    <message>
        <source>--model: unknown model &apos;%1&apos; (see &apos;fitplanner models&apos;)</source>
        <translation>--model：未知模型“%1”（参见“fitplanner models”）</translation>
    </message>
    <message>
        <source>--quant: unknown quantization &apos;%1&apos; (see &apos;fitplanner quants&apos;)</source>
        <translation>--quant：未知量化方案“%1”（参见“fitplanner quants”）</translation>
    </message>
    <message>
        <source>--context: &apos;%1&apos; is not a context length (a positive number of tokens, e.g. 32768 or 32k)</source>
        <translation>--context：“%1”不是有效的上下文长度（应为正的词元数，例如 32768 或 32k）</translation>
    </message>
    <message>
        <source>--tab: &apos;%1&apos; is not a tab (choose one of: %2)</source>
        <translation>--tab：“%1”不是有效的标签页（可选：%2）</translation>
    </message>
    <message>
        <source>--size: &apos;%1&apos; is not WIDTHxHEIGHT between 640x480 and 8192x8192</source>
        <translation>--size：“%1”不是 640x480 到 8192x8192 之间的 宽x高</translation>
    </message>
    <message>
        <source>--engine: unknown engine &apos;%1&apos; (choose one of: %2)</source>
        <translation>--engine：未知推理引擎“%1”（可选：%2）</translation>
    </message>
    <message>
        <source>--lang: unknown language &apos;%1&apos; (choose one of: %2)</source>
        <translation>--lang：未知语言“%1”（可选：%2）</translation>
    </message>
    <message>
        <source>--units: &apos;%1&apos; must be GiB or GB</source>
        <translation>--units：“%1”必须是 GiB 或 GB</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>未知选项“%1”</translation>
    </message>
    <message>
        <source>--screenshot needs a file name</source>
        <translation>--screenshot 需要一个文件名</translation>
    </message>
    <message>
        <source>--context: %1 is beyond the model&apos;s maximum of %2 tokens</source>
        <translation>--context：%1 超出了该模型的最大上下文 %2 个词元</translation>
    </message>
    <message>
        <source>--size: the window cannot be laid out at %1x%2 (got %3x%4)</source>
        <translation>--size：窗口无法按 %1x%2 布局（实际为 %3x%4）</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;</source>
        <translation>无法写入“%1”</translation>
    </message>
    <message>
        <source>--gpu: unknown GPU &apos;%1&apos; (see &apos;fitplanner gpus&apos;)</source>
        <translation>--gpu：未知的 GPU“%1”（参见“fitplanner gpus”）</translation>
    </message>
    <message>
        <source>--gpus: &apos;%1&apos; is not a GPU count from 1 to 64</source>
        <translation>--gpus：“%1”不是 1 到 64 之间的 GPU 数量</translation>
    </message>
</context>
<context>
    <name>HardwarePanel</name>
    <message>
        <source> (%1 free)</source>
        <translation> （空闲 %1）</translation>
    </message>
    <message>
        <source>GPU (entered by hand)</source>
        <translation>GPU（手动输入）</translation>
    </message>
    <message>
        <source>%1x %2</source>
        <translation>%1× %2</translation>
    </message>
    <message>
        <source>no GPU</source>
        <translation>无 GPU</translation>
    </message>
    <message>
        <source>RAM %1 (%2 free)</source>
        <translation>内存 %1（空闲 %2）</translation>
    </message>
    <message>
        <source>RAM %1</source>
        <translation>内存 %1</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>检测到：%1</translation>
    </message>
    <message>
        <source>Detecting hardware... planning for %1</source>
        <translation>正在检测硬件… 暂按 %1 规划</translation>
    </message>
    <message>
        <source>What-if: %1</source>
        <translation>假设：%1</translation>
    </message>
    <message>
        <source>Entered by hand: %1</source>
        <translation>手动输入：%1</translation>
    </message>
    <message>
        <source>Detecting hardware...</source>
        <translation>正在检测硬件…</translation>
    </message>
    <message>
        <source>Not detected yet.</source>
        <translation>尚未检测。</translation>
    </message>
    <message>
        <source>Detecting hardware again...</source>
        <translation>正在重新检测硬件…</translation>
    </message>
    <message>
        <source>This machine:</source>
        <translation>本机：</translation>
    </message>
    <message>
        <source>, %1 GB/s</source>
        <translation>，%1 GB/s</translation>
    </message>
    <message>
        <source>, unified memory</source>
        <translation>，统一内存</translation>
    </message>
    <message>
        <source>No GPU found: models run on the CPU.</source>
        <translation>未发现 GPU：模型将在 CPU 上运行。</translation>
    </message>
    <message>
        <source>System RAM %1 (%2 available)</source>
        <translation>系统内存 %1（可用 %2）</translation>
    </message>
    <message>
        <source>System RAM %1</source>
        <translation>系统内存 %1</translation>
    </message>
    <message>
        <source>System RAM: could not be read</source>
        <translation>系统内存：无法读取</translation>
    </message>
    <message>
        <source>CPU %1, %2 threads</source>
        <translation>CPU %1，%2 线程</translation>
    </message>
    <message>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注：%1</translation>
    </message>
    <message>
        <source>&amp;Hardware:</source>
        <translation>硬件(&amp;H)：</translation>
    </message>
    <message>
        <source>This machine (detected)</source>
        <translation>本机（自动检测）</translation>
    </message>
    <message>
        <source>What if I had...</source>
        <translation>假设我有…</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>手动输入</translation>
    </message>
    <message>
        <source>Hardware to plan for</source>
        <translation>用于规划的硬件</translation>
    </message>
    <message>
        <source>Detect &amp;again</source>
        <translation>重新检测(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;GPU:</source>
        <translation>GPU(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>数量(&amp;C)：</translation>
    </message>
    <message>
        <source>System &amp;RAM:</source>
        <translation>系统内存(&amp;R)：</translation>
    </message>
    <message>
        <source>Detected devices</source>
        <translation>检测到的设备</translation>
    </message>
    <message>
        <source>Planning for the GPU memory and system RAM entered in the scenario above.</source>
        <translation>按上方场景中输入的 GPU 显存和系统内存进行规划。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About FitPlanner</source>
        <translation>关于 FitPlanner</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;FitPlanner %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Will this open-weights model run on your hardware? FitPlanner estimates weights, KV cache, activations and runtime overhead from the model&apos;s own dimensions and the engine&apos;s allocation rules. Hover any number to see how it was computed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;FitPlanner %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;这个开放权重模型能在你的硬件上运行吗？FitPlanner 根据模型自身的维度和推理引擎的分配规则，估算权重、KV 缓存、激活和运行时开销。将鼠标悬停在任意数字上即可查看其计算方式。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>FitPlanner</source>
        <translation>FitPlanner</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>单位(&amp;U)</translation>
    </message>
    <message>
        <source>GiB (binary, as drivers report)</source>
        <translation>GiB（二进制，与驱动报告一致）</translation>
    </message>
    <message>
        <source>GB (decimal)</source>
        <translation>GB（十进制）</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About FitPlanner</source>
        <translation>关于 FitPlanner(&amp;A)</translation>
    </message>
    <message>
        <source>Quantizations</source>
        <translation>量化方案</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Memory &amp;breakdown (hover a row for the arithmetic)</source>
        <translation>内存明细(&amp;B)（悬停在某一行上查看计算过程）</translation>
    </message>
    <message>
        <source>Memory breakdown</source>
        <translation>内存明细</translation>
    </message>
    <message>
        <source>Memory by quantization table</source>
        <translation>各量化方案内存表</translation>
    </message>
    <message>
        <source>Model catalog</source>
        <translation>模型目录</translation>
    </message>
    <message>
        <source>Planning for %1 GPU memory + %2 system RAM (entered by hand)</source>
        <translation type="vanished">按 %1 显存 + %2 系统内存规划（手动输入）</translation>
    </message>
    <message>
        <source>Open model file</source>
        <translation>打开模型文件</translation>
    </message>
    <message>
        <source>Model files (*.gguf *.safetensors);;All files (*)</source>
        <translation>模型文件 (*.gguf *.safetensors);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open model folder</source>
        <translation>打开模型文件夹</translation>
    </message>
    <message>
        <source>&amp;Open model file...</source>
        <translation>打开模型文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Open model &amp;folder...</source>
        <translation>打开模型文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>放置</translation>
    </message>
    <message>
        <source>What can I run?</source>
        <translation>我能运行什么？</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>硬件</translation>
    </message>
    <message>
        <source>Placement: no plan (%1)</source>
        <translation>放置：无方案（%1）</translation>
    </message>
    <message>
        <source>Placement on this hardware: %1</source>
        <translation>在此硬件上的放置：%1</translation>
    </message>
    <message>
        <source>, about %1 tokens/s</source>
        <translation>，约 %1 tokens/s</translation>
    </message>
    <message>
        <source>, short by %1</source>
        <translation>，缺少 %1</translation>
    </message>
    <message>
        <source>Cannot plan for %1</source>
        <translation>无法为 %1 规划</translation>
    </message>
    <message>
        <source>Opening %1...</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>it is a vision projector (mmproj), not a language model</source>
        <translation>这是视觉投影器（mmproj），不是语言模型</translation>
    </message>
    <message>
        <source>the architecture could not be derived from it</source>
        <translation>无法从中推导出模型架构</translation>
    </message>
    <message>
        <source>Cannot open model file</source>
        <translation>无法打开模型文件</translation>
    </message>
    <message>
        <source>Cannot open %1:
%2</source>
        <translation>无法打开 %1：
%2</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>清除列表</translation>
    </message>
</context>
<context>
    <name>MemoryChartWidget</name>
    <message>
        <source>Memory by quantization chart</source>
        <translation>各量化方案内存图</translation>
    </message>
    <message>
        <source>Memory by context length chart</source>
        <translation>内存随上下文长度变化图</translation>
    </message>
    <message>
        <source>Memory (%1)</source>
        <translation>内存（%1）</translation>
    </message>
    <message>
        <source>Context length (tokens per sequence)</source>
        <translation>上下文长度（每个序列的词元数）</translation>
    </message>
    <message>
        <source>Memory by quantization</source>
        <translation>各量化方案的内存</translation>
    </message>
    <message>
        <source>Memory by context length</source>
        <translation>内存随上下文长度的变化</translation>
    </message>
    <message>
        <source>Current context</source>
        <translation>当前上下文</translation>
    </message>
    <message>
        <source>GPU %1</source>
        <translation>显存 %1</translation>
    </message>
    <message>
        <source>GPU + RAM %1</source>
        <translation>显存 + 内存 %1</translation>
    </message>
</context>
<context>
    <name>PlacementPanel</name>
    <message>
        <source>No plan: %1</source>
        <translation>无方案：%1</translation>
    </message>
    <message>
        <source> with %1 to spare</source>
        <translation>，余量 %1</translation>
    </message>
    <message>
        <source>: short by %1</source>
        <translation>：缺少 %1</translation>
    </message>
    <message>
        <source> &amp;mdash; about %1 tokens/s</source>
        <translation> —— 约 %1 tokens/s</translation>
    </message>
    <message>
        <source>, %1 s to read a %2-token prompt</source>
        <translation>，读取 %2 token 的提示约需 %1 秒</translation>
    </message>
    <message>
        <source>Engine &amp;command that runs this plan:</source>
        <translation>运行此方案的引擎命令(&amp;C)：</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>复制(&amp;Y)</translation>
    </message>
    <message>
        <source>Copy the command to the clipboard</source>
        <translation>将命令复制到剪贴板</translation>
    </message>
    <message>
        <source>Placement per device</source>
        <translation>各设备的放置</translation>
    </message>
    <message>
        <source>Engine command</source>
        <translation>引擎命令</translation>
    </message>
</context>
<context>
    <name>Planner::BreakdownModel</name>
    <message>
        <source>Weights + KV cache + activations + overhead</source>
        <translation>权重 + KV 缓存 + 激活 + 开销</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>精确值</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组成部分</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
</context>
<context>
    <name>Planner::Component</name>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV 缓存</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>激活</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>开销</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>Planner::ContextSweepModel</name>
    <message numerus="yes">
        <source>%n token(s) per sequence</source>
        <translation>
            <numerusform>每个序列 %n 个词元</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2 tokens: %3</source>
        <translation>%1（%2 个词元）：%3</translation>
    </message>
    <message>
        <source>Context (tokens)</source>
        <translation>上下文（词元）</translation>
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
        <translation>MLX（Apple）</translation>
    </message>
</context>
<context>
    <name>Planner::EstimateSession</name>
    <message>
        <source>Try %1: needs %2 (%3)</source>
        <translation>试试 %1：需要 %2（%3）</translation>
    </message>
    <message>
        <source>Even %1, the smallest compared quantization, needs %2: choose a smaller model or more memory</source>
        <translation>即使是对比中最小的量化方案 %1 也需要 %2：请选择更小的模型或增加内存</translation>
    </message>
</context>
<context>
    <name>Planner::FitVerdict</name>
    <message>
        <source>Fits in %1 GPU memory with %2 to spare</source>
        <translation>可放入 %1 显存，剩余 %2</translation>
    </message>
    <message>
        <source>Tight: needs %1 of %2 GPU memory, only %3 to spare (estimate up to %4)</source>
        <translation>偏紧：需要 %1（显存 %2），仅剩 %3（估计最高 %4）</translation>
    </message>
    <message>
        <source>Fits only with CPU offload: needs %1; %2 GPU + %3 RAM leave %4 to spare</source>
        <translation>需卸载到 CPU 才能运行：需要 %1；%2 显存 + %3 内存，剩余 %4</translation>
    </message>
    <message>
        <source>Runs from system RAM only: needs %1 of %2 RAM, %3 to spare</source>
        <translation>只能在系统内存中运行：需要 %1（内存 %2），剩余 %3</translation>
    </message>
    <message>
        <source>Does not fit: needs %1; you have %2 GPU + %3 RAM (%4 short)</source>
        <translation>放不下：需要 %1；你有 %2 显存 + %3 内存（还差 %4）</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>可运行</translation>
    </message>
    <message>
        <source>Tight</source>
        <translation>偏紧</translation>
    </message>
    <message>
        <source>CPU offload</source>
        <translation>CPU 卸载</translation>
    </message>
    <message>
        <source>Does not fit</source>
        <translation>放不下</translation>
    </message>
</context>
<context>
    <name>Planner::ModelCatalogModel</name>
    <message>
        <source>%1 (%2): %3 parameters, %4 active per token, up to %5 tokens of context, licence %6</source>
        <translation>%1（%2）：%3 个参数，每个词元激活 %4 个，上下文最多 %5 个词元，许可证 %6</translation>
    </message>
    <message>
        <source>%1 (%2): %3 parameters, up to %4 tokens of context, licence %5</source>
        <translation>%1（%2）：%3 个参数，上下文最多 %4 个词元，许可证 %5</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>激活参数</translation>
    </message>
    <message>
        <source>Max context</source>
        <translation>最大上下文</translation>
    </message>
    <message>
        <source>Opened files</source>
        <translation>已打开的文件</translation>
    </message>
</context>
<context>
    <name>Planner::PlacementModel</name>
    <message>
        <source>holds the token embeddings</source>
        <translation>存放词嵌入</translation>
    </message>
    <message>
        <source>holds the output layer</source>
        <translation>存放输出层</translation>
    </message>
    <message>
        <source>memory bandwidth %1 GB/s</source>
        <translation>内存带宽 %1 GB/s</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 of %2 used</source>
        <translation>已用 %1 / %2</translation>
    </message>
    <message>
        <source>short by %1</source>
        <translation>缺少 %1</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>层数</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV 缓存</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>计算缓冲</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>开销</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>占用</translation>
    </message>
</context>
<context>
    <name>Planner::QuantComparisonModel</name>
    <message>
        <source>Weights + KV cache + activations + overhead</source>
        <translation>权重 + KV 缓存 + 激活 + 开销</translation>
    </message>
    <message>
        <source>%1 bits per weight: %2</source>
        <translation>每个权重 %1 位：%2</translation>
    </message>
</context>
<context>
    <name>Planner::RecommendationModel</name>
    <message>
        <source>Fits on GPU</source>
        <translation>GPU 可容纳</translation>
    </message>
    <message>
        <source>CPU offload (%1 of %2 layers on GPU)</source>
        <translation>CPU 卸载（%2 层中 %1 层在 GPU）</translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation>仅 CPU</translation>
    </message>
    <message>
        <source>Does not fit</source>
        <translation>放不下</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Best quantization</source>
        <translation>最佳量化</translation>
    </message>
    <message>
        <source>Largest context</source>
        <translation>最大上下文</translation>
    </message>
    <message>
        <source>Speed (tokens/s)</source>
        <translation>速度（tokens/s）</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>The GPU&apos;s memory bandwidth is not known: choose it in the hardware panel&apos;s what-if mode.</source>
        <translation>GPU 的显存带宽未知：请在硬件面板的“假设”模式中选择 GPU。</translation>
    </message>
</context>
<context>
    <name>RecommendPanel</name>
    <message>
        <source>What can I run? Every catalog model on the hardware in use, with the best quantization that fits, the largest context at it and the decode speed. Double-click a row to plan it.</source>
        <translation>我能运行什么？目录中每个模型在当前硬件上可容纳的最佳量化、该量化下的最大上下文和解码速度。双击一行即可为该模型规划。</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>筛选(&amp;F)：</translation>
    </message>
    <message>
        <source>Model name</source>
        <translation>模型名称</translation>
    </message>
    <message>
        <source>What can I run</source>
        <translation>我能运行什么</translation>
    </message>
    <message>
        <source>Computing recommendations</source>
        <translation>正在计算推荐</translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message>
        <source>%1  %2 bpw</source>
        <translation>%1  %2 位/权重</translation>
    </message>
    <message>
        <source>%1
Runs on: %2</source>
        <translation>%1
支持的引擎：%2</translation>
    </message>
    <message>
        <source>%1 (MoE, %2 active)</source>
        <translation>%1（MoE，激活 %2）</translation>
    </message>
    <message>
        <source>%1 tokens (up to %2)</source>
        <translation>%1 个词元（最多 %2）</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>&amp;Engine</source>
        <translation>推理引擎(&amp;E)</translation>
    </message>
    <message>
        <source>Inference engine</source>
        <translation>推理引擎</translation>
    </message>
    <message>
        <source>&amp;Quantization</source>
        <translation>量化(&amp;Q)</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>量化方案</translation>
    </message>
    <message>
        <source>&amp;Context</source>
        <translation>上下文(&amp;C)</translation>
    </message>
    <message>
        <source>Context length, logarithmic slider</source>
        <translation>上下文长度（对数刻度滑块）</translation>
    </message>
    <message>
        <source>Context length in tokens</source>
        <translation>上下文长度（词元）</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> 词元</translation>
    </message>
    <message>
        <source>&amp;Batch</source>
        <translation>批量(&amp;B)</translation>
    </message>
    <message>
        <source>Parallel sequences</source>
        <translation>并行序列数</translation>
    </message>
    <message>
        <source>Parallel sequences (batch): each holds its own KV cache</source>
        <translation>并行序列数（批量）：每个序列各自占用 KV 缓存</translation>
    </message>
    <message>
        <source>&amp;KV cache</source>
        <translation>KV 缓存(&amp;K)</translation>
    </message>
    <message>
        <source>KV cache type</source>
        <translation>KV 缓存类型</translation>
    </message>
    <message>
        <source>&amp;GPU memory</source>
        <translation>显存(&amp;G)</translation>
    </message>
    <message>
        <source>GPU memory to plan for</source>
        <translation>用于规划的显存</translation>
    </message>
    <message>
        <source>GPU memory to plan for (what-if; 0 = no GPU)</source>
        <translation>用于规划的显存（假设值；0 表示没有 GPU）</translation>
    </message>
    <message>
        <source>&amp;RAM</source>
        <translation>内存(&amp;R)</translation>
    </message>
    <message>
        <source>System RAM to plan for</source>
        <translation>用于规划的系统内存</translation>
    </message>
    <message>
        <source>Compare...</source>
        <translation>对比…</translation>
    </message>
    <message>
        <source>Add quantizations to the comparison</source>
        <translation>向对比中添加量化方案</translation>
    </message>
    <message>
        <source>Tick more quantizations to add them to the comparison chart</source>
        <translation>勾选更多量化方案以加入对比图</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Cannot estimate this scenario</source>
        <translation>无法估算此场景</translation>
    </message>
</context>
</TS>
