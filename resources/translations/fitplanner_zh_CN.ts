<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CatalogPanel</name>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="346"/>
        <source>Search models...</source>
        <translation>搜索模型…</translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="347"/>
        <source>Search models</source>
        <translation>搜索模型</translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="349"/>
        <source>&amp;Family</source>
        <translation>系列(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="350"/>
        <source>All families</source>
        <translation>全部系列</translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="351"/>
        <source>Family filter</source>
        <translation>系列筛选</translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="353"/>
        <source>&amp;Type</source>
        <translation>类型(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="355"/>
        <source>Dense only</source>
        <translation>仅稠密模型</translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="356"/>
        <source>Mixture of experts only</source>
        <translation>仅混合专家模型</translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="354"/>
        <source>Any architecture</source>
        <translation>任意架构</translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="190"/>
        <source>&amp;Add custom model...</source>
        <translation>添加自定义模型(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="192"/>
        <source>Add a model from its config.json or from its dimensions</source>
        <translation>从模型的 config.json 或其尺寸参数添加模型</translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="196"/>
        <source>&amp;Remove custom model %1</source>
        <translation>移除自定义模型 %1(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="249"/>
        <source>No model matches the filters.</source>
        <translation>没有符合筛选条件的模型。</translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="250"/>
        <source>No model matches &apos;%1&apos;.</source>
        <translation>没有与“%1”匹配的模型。</translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="259"/>
        <source>Did you mean %1?</source>
        <translation>您是不是要找 %1？</translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="348"/>
        <source>Names as people type them: ids, names, Hugging Face repositories, Ollama tags</source>
        <translation>按人们输入的方式匹配名称：id、名称、Hugging Face 仓库、Ollama 标签</translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="352"/>
        <source>Show one model family only</source>
        <translation>只显示一个模型系列</translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="357"/>
        <source>Hybrid only (recurrent layers)</source>
        <translation>仅混合架构（循环层）</translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="358"/>
        <source>Architecture filter</source>
        <translation>架构筛选</translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="359"/>
        <source>Dense and mixture of experts tell the feed-forward layers apart; hybrid models have recurrent layers (Gated DeltaNet, Mamba2) beside attention and are dense or MoE too</source>
        <translation>稠密与混合专家按前馈层区分；混合架构模型在注意力层之外还有循环层（Gated DeltaNet、Mamba2），同时也是稠密或 MoE 模型</translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="361"/>
        <source>&amp;Size</source>
        <translation>规模(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="362"/>
        <source>Minimum parameters in billions</source>
        <translation>最少参数量（十亿）</translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="363"/>
        <source>Maximum parameters in billions</source>
        <translation>最多参数量（十亿）</translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="364"/>
        <source>Smallest model to list, in billions of parameters</source>
        <translation>列出的最小模型，单位为十亿参数</translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="365"/>
        <source>Largest model to list, in billions of parameters</source>
        <translation>列出的最大模型，单位为十亿参数</translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="366"/>
        <source>&amp;Licence</source>
        <translation>许可证(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="367"/>
        <source>Any licence</source>
        <translation>任意许可证</translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="368"/>
        <source>Licence filter</source>
        <translation>许可证筛选</translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="369"/>
        <source>Show models under one licence only</source>
        <translation>只显示某一许可证下的模型</translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="370"/>
        <source>&amp;Released</source>
        <translation>发布(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="371"/>
        <source>Any year</source>
        <translation>任意年份</translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="372"/>
        <source>Release year filter</source>
        <translation>发布年份筛选</translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="373"/>
        <source>Show models released in one year only</source>
        <translation>只显示某一年发布的模型</translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="374"/>
        <source>Model catalog</source>
        <translation>模型目录</translation>
    </message>
    <message>
        <location filename="../../views/catalogpanel.cpp" line="375"/>
        <source>Search result</source>
        <translation>搜索结果</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../app/cli.cpp" line="289"/>
        <source>Numbers accept a k suffix (32k = 32768). Byte counts in JSON are integers.
</source>
        <translation>数字可带 k 后缀（32k = 32768）。JSON 中的字节数均为整数。
</translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="128"/>
        <location filename="../../app/climodel.cpp" line="69"/>
        <source>--file fixes the quantization (the file&apos;s own tensor types); drop --quant</source>
        <translation>--file 已确定量化方式（文件自身的张量类型）；请去掉 --quant</translation>
    </message>
    <message>
        <location filename="../../app/climodel.cpp" line="33"/>
        <source>unknown model &apos;%1&apos;; &apos;fitplanner models&apos; lists the catalog</source>
        <translation>未知模型“%1”；“fitplanner models”列出模型目录</translation>
    </message>
    <message>
        <location filename="../../app/climodel.cpp" line="87"/>
        <source>%1 for llama.cpp, %2 for mlx, otherwise the checkpoint&apos;s own format (%3 for 16-bit ones)</source>
        <translation>llama.cpp 为 %1，mlx 为 %2，其他为检查点自身的格式（16 位检查点为 %3）</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="248"/>
        <location filename="../../app/clicommand.cpp" line="264"/>
        <source>unknown engine &apos;%1&apos; (choose %2)</source>
        <translation>未知推理引擎“%1”（可选：%2）</translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="34"/>
        <source>list the model catalog, custom models last</source>
        <translation>列出模型目录，自定义模型排在最后</translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="35"/>
        <source>print the catalog as JSON: every field and the parameter counts; custom models have &quot;custom&quot;: true</source>
        <translation>以 JSON 格式输出目录：包含所有字段和参数量；自定义模型带有 &quot;custom&quot;: true</translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="43"/>
        <source>%1  %2  %3 params%4  ctx %5</source>
        <translation>%1  %2  %3 参数%4  上下文 %5</translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="52"/>
        <source>  [custom]</source>
        <translation>  [自定义]</translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="64"/>
        <source>list the quantization recipes and the engines that run them</source>
        <translation>列出量化方案及可运行它们的引擎</translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="65"/>
        <source>print the recipes as JSON</source>
        <translation>以 JSON 输出量化方案</translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="82"/>
        <source>%1 | %2 (%3 bpw) | %4 | context %5 x %6 | KV %7
</source>
        <translation>%1 | %2（%3 位/权重）| %4 | 上下文 %5 × %6 | KV %7
</translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="89"/>
        <source>Engine rules</source>
        <translation>引擎规则</translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="95"/>
        <source>%1 %2 total, %3 active
</source>
        <translation>%1 共 %2，激活 %3
</translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="92"/>
        <location filename="../../app/cli.cpp" line="96"/>
        <location filename="../../app/cliinspect.cpp" line="101"/>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="50"/>
        <source> (trained; config.json says %1)</source>
        <translation>（训练长度；config.json 写的是 %1）</translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="91"/>
        <source>%1 %2 total (%3 of them MTP layers, loaded only for speculative decoding), %4 active
</source>
        <translation>%1 共 %2（其中 %3 为 MTP 层，仅在推测解码时加载），激活 %4
</translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="101"/>
        <source>   (%1 to %2)</source>
        <translation>   （%1 至 %2）</translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="106"/>
        <location filename="../../app/cliinspect.cpp" line="105"/>
        <location filename="../../app/clitrain.cpp" line="129"/>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="107"/>
        <source>KV cache</source>
        <translation>KV 缓存</translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="109"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="110"/>
        <location filename="../../app/clitrain.cpp" line="137"/>
        <source>Activations</source>
        <translation>激活</translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="111"/>
        <source>Overhead</source>
        <translation>开销</translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="112"/>
        <source>%1 %2   (%3 to %4)
</source>
        <translation>%1 %2   （%3 至 %4）
</translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="113"/>
        <location filename="../../app/clitrain.cpp" line="163"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="117"/>
        <location filename="../../app/cliplan.cpp" line="264"/>
        <location filename="../../app/cliplan.cpp" line="292"/>
        <location filename="../../app/clitrain.cpp" line="181"/>
        <source>Note: </source>
        <translation>注：</translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="182"/>
        <source>the memory a model needs on one engine: weights, KV cache, activations, overhead</source>
        <translation>模型在某个引擎上所需的内存：权重、KV 缓存、激活和开销</translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="188"/>
        <location filename="../../app/climodel.cpp" line="63"/>
        <source>the model, from a .gguf or .safetensors file or a model folder: its exact tensors</source>
        <translation>模型，取自 .gguf 或 .safetensors 文件或模型文件夹：按其实际张量计算</translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="190"/>
        <source>the quantization recipe (not with --file)</source>
        <translation>量化方案（不可与 --file 同用）</translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="195"/>
        <location filename="../../app/screenshotcommand.cpp" line="58"/>
        <source>the inference engine whose rules apply</source>
        <translation>采用其分配规则的推理引擎</translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="197"/>
        <source>%1; %2 for a safetensors --file</source>
        <translation>%1；safetensors 的 --file 为 %2</translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="199"/>
        <source>llama.cpp flash attention</source>
        <translation>llama.cpp 的 flash attention</translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="201"/>
        <source>llama.cpp physical batch (n_ubatch)</source>
        <translation>llama.cpp 的物理批大小（n_ubatch）</translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="204"/>
        <location filename="../../app/cliplan.cpp" line="91"/>
        <source>llama.cpp --kv-unified: the --batch sequences share one KV cache (off: one per sequence)</source>
        <translation>llama.cpp --kv-unified：--batch 个序列共用一个 KV 缓存（off：每个序列一个）</translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="207"/>
        <location filename="../../app/cliplan.cpp" line="94"/>
        <source>llama.cpp n_outputs_max: micro-batch rows the compute buffer holds logits for; 0: all of them (the library&apos;s default), llama-server uses its slots (-np)</source>
        <translation>llama.cpp n_outputs_max：计算缓冲区为微批次中多少行保留 logits；0：全部行（库的默认值），llama-server 使用其槽位数（-np）</translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="214"/>
        <source>print the estimate as JSON; byte counts are integers</source>
        <translation>以 JSON 输出估算；字节数为整数</translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="215"/>
        <source>show how each component was computed</source>
        <translation>显示每一部分的计算方法</translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="273"/>
        <source>a command&apos;s options, as COMMAND --help prints them</source>
        <translation>某个命令的选项，与 COMMAND --help 的输出相同</translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="281"/>
        <source>Usage: fitplanner COMMAND [options]</source>
        <translation>用法：fitplanner COMMAND [选项]</translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="283"/>
        <source>       fitplanner (no command) opens the desktop app</source>
        <translation>      fitplanner（不带命令）打开桌面应用</translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="285"/>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="288"/>
        <source>&apos;fitplanner COMMAND --help&apos; lists a command&apos;s options and their defaults.</source>
        <translation>“fitplanner COMMAND --help”列出命令的选项及其默认值。</translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="341"/>
        <location filename="../../app/cli.cpp" line="357"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="336"/>
        <location filename="../../app/clicommand.cpp" line="487"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>意外的参数“%1”</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="133"/>
        <source>%1 to %2, k suffix allowed</source>
        <translation>%1 到 %2，可用 k 后缀</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="134"/>
        <location filename="../../app/clicommand.cpp" line="213"/>
        <location filename="../../app/screenshotcommand.cpp" line="37"/>
        <source>%1 to %2</source>
        <translation>%1 到 %2</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="138"/>
        <source>--%1 &apos;%2&apos; must be a whole number of tokens from %3 to %4</source>
        <translation>--%1“%2”必须是 %3 到 %4 之间的整数词元数</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="139"/>
        <source>--%1 &apos;%2&apos; must be a whole number from %3 to %4</source>
        <translation>--%1“%2”必须是 %3 到 %4 之间的整数</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="150"/>
        <source>%1 to %2, k suffix allowed, or %3</source>
        <translation>%1 到 %2，可用 k 后缀，或 %3</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="156"/>
        <source>--%1 &apos;%2&apos; must be a whole number of tokens from %3 to %4, or %5</source>
        <translation>--%1“%2”必须是 %3 到 %4 之间的整数词元数，或 %5</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="157"/>
        <source>--%1 &apos;%2&apos; must be a whole number from %3 to %4, or %5</source>
        <translation>--%1“%2”必须是 %3 到 %4 之间的整数，或 %5</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="174"/>
        <source>--%1 &apos;%2&apos; must be a positive number of GiB</source>
        <translation>--%1“%2”必须是正的 GiB 数</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="178"/>
        <source>GiB, e.g. 24 or 23.5</source>
        <translation>GiB，例如 24 或 23.5</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="188"/>
        <source>--%1 &apos;%2&apos; must be a fraction above 0 and at most 1</source>
        <translation>--%1“%2”必须是大于 0 且不超过 1 的小数</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="191"/>
        <source>above 0, at most 1</source>
        <translation>大于 0，至多 1</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="224"/>
        <source>--%1 &apos;%2&apos; must be one of: %3</source>
        <translation>--%1“%2”必须是以下之一：%3</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="227"/>
        <location filename="../../app/clicommand.cpp" line="267"/>
        <source>one of: %1</source>
        <translation>以下之一：%1</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="236"/>
        <source>--%1 &apos;%2&apos; must be on or off</source>
        <translation>--%1“%2”必须是 on 或 off</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="239"/>
        <source>on or off</source>
        <translation>on 或 off</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="251"/>
        <source>one of: %1, or an alias</source>
        <translation>以下之一：%1，或其别名</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/clicommand.cpp" line="113"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 等另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="114"/>
        <source>&apos;%1&apos; matches %2; give one of them (%3)</source>
        <translation>“%1”匹配 %2；请给出其中之一（%3）</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="117"/>
        <source>%1; %2</source>
        <comment>an unknown name; where the catalog is listed</comment>
        <translation>%1；%2</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="118"/>
        <source>%1; did you mean %2? %3</source>
        <translation>%1；你是不是想输入 %2？%3</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="204"/>
        <source>--%1 &apos;%2&apos; must be a number from %3 to %4</source>
        <translation>--%1 &apos;%2&apos; 必须是 %3 到 %4 之间的数字</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="205"/>
        <source>--%1 &apos;%2&apos; must be a number from %3 to %4, or %5</source>
        <translation>--%1 &apos;%2&apos; 必须是 %3 到 %4 之间的数字，或 %5</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="214"/>
        <source>%1 to %2, or %3</source>
        <translation>%1 到 %2，或 %3</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="280"/>
        <source>unknown model &apos;%1&apos;</source>
        <translation>未知模型“%1”</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="281"/>
        <source>&apos;fitplanner models&apos; lists the catalog</source>
        <translation>“fitplanner models”列出模型目录</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="285"/>
        <source>an id, name, Hugging Face repository or Ollama tag of a model &apos;fitplanner models&apos; lists</source>
        <translation>“fitplanner models”所列模型的 ID、名称、Hugging Face 仓库或 Ollama 标签</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="312"/>
        <source>unknown quantization &apos;%1&apos;</source>
        <translation>未知量化方案“%1”</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="313"/>
        <source>&apos;fitplanner quants&apos; lists the recipes</source>
        <translation>“fitplanner quants”列出所有方案</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="317"/>
        <source>an id that &apos;fitplanner quants&apos; lists</source>
        <translation>“fitplanner quants”列出的 ID</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="318"/>
        <source>an id that &apos;fitplanner quants&apos; lists, or %1</source>
        <translation>“fitplanner quants”列出的 ID，或 %1</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="334"/>
        <source>unknown GPU &apos;%1&apos;</source>
        <translation>未知 GPU“%1”</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="335"/>
        <source>&apos;fitplanner gpus&apos; lists the catalog</source>
        <translation>“fitplanner gpus”列出 GPU 目录</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="340"/>
        <source>an id or name that &apos;fitplanner gpus&apos; lists</source>
        <translation>“fitplanner gpus”列出的 ID 或名称</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="341"/>
        <source>%1, or an id or name that &apos;fitplanner gpus&apos; lists</source>
        <translation>%1，或“fitplanner gpus”列出的 ID 或名称</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="430"/>
        <source>--%1 takes no value</source>
        <translation>--%1 不接受取值</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="407"/>
        <location filename="../../app/clicommand.cpp" line="436"/>
        <source>--%1 needs a value</source>
        <translation>--%1 需要一个值</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="455"/>
        <source>--%1 is given twice</source>
        <translation>--%1 重复给出</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="505"/>
        <source>give exactly one of %1</source>
        <translation>请只给出以下其中一项：%1</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="527"/>
        <source> [options]</source>
        <translation> [选项]</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="529"/>
        <source>Usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="545"/>
        <source>default: %1</source>
        <translation>默认：%1</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="547"/>
        <source>%1; %2</source>
        <comment>what an option accepts; its default</comment>
        <translation>%1；%2</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="549"/>
        <source>%1 (%2)</source>
        <comment>an option&apos;s description (what it accepts; its default)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="553"/>
        <source>print this help and exit</source>
        <translation>显示此帮助并退出</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="558"/>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="573"/>
        <location filename="../../app/screenshotcommand.cpp" line="53"/>
        <source>the model, from the catalog</source>
        <translation>模型，取自目录</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="580"/>
        <source>the model, from a Hugging Face config.json; it is named after the folder that holds it</source>
        <translation>模型，取自 Hugging Face 的 config.json；以其所在文件夹命名</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="586"/>
        <source>tokens per sequence (prompt and reply)</source>
        <translation>每个序列的词元数（提示和回复）</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="588"/>
        <source>%1, or the model&apos;s maximum if smaller</source>
        <translation>%1，若模型上限更小则取模型上限</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="593"/>
        <source>sequences run in parallel</source>
        <translation>并行运行的序列数</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="600"/>
        <source>the KV cache&apos;s element type, a storage type id such as F16, Q8_0 or FP8</source>
        <translation>KV 缓存的元素类型，即存储类型 ID，如 F16、Q8_0 或 FP8</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="607"/>
        <source>vLLM&apos;s gpu_memory_utilization: the share of each GPU&apos;s memory it may take</source>
        <translation>vLLM 的 gpu_memory_utilization：可占用每块 GPU 显存的比例</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="615"/>
        <source>the GPU: auto (the ones detected), none (CPU only), or a catalog device to plan for</source>
        <translation>GPU：auto（检测到的）、none（仅 CPU），或用于规划的目录设备</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="618"/>
        <source>how many of those GPUs</source>
        <translation>这些 GPU 的数量</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="619"/>
        <source>all detected, or one catalog device</source>
        <translation>检测到的全部，或一块目录设备</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="621"/>
        <source>memory per GPU, overriding what was detected or what the catalog says</source>
        <translation>每块 GPU 的显存，覆盖检测值或目录值</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="623"/>
        <source>system memory, overriding what was detected</source>
        <translation>系统内存，覆盖检测值</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="626"/>
        <source>machines of that kind, for vLLM / SGLang pipeline parallelism</source>
        <translation>同类机器的台数，用于 vLLM / SGLang 流水线并行</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="637"/>
        <source>what to print: text for people, markdown (a document with tables), csv (one row per figure) or json (as --json)</source>
        <translation>输出格式：text 供人阅读，markdown（带表格的文档），csv（每个数字一行）或 json（同 --json）</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="639"/>
        <source>text, or what --output&apos;s file name ends in</source>
        <translation>text，或按 --output 文件名的后缀</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="641"/>
        <source>write to FILE instead of the terminal; the file is replaced only when it was written whole</source>
        <translation>写入 FILE 而不是终端；只有完整写入后才替换该文件</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="661"/>
        <source>--output %1: the name does not say which format to write (.md, .csv, .json or .txt); give --format</source>
        <translation>--output %1：文件名未表明要写入的格式（.md、.csv、.json 或 .txt）；请指定 --format</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="705"/>
        <source>%1 or %2</source>
        <translation>%1 或 %2</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="83"/>
        <source>the program that runs the model</source>
        <translation>运行模型的程序</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="87"/>
        <source>%1 for vLLM / SGLang, %2 otherwise</source>
        <translation>vLLM / SGLang 为 %1，其他为 %2</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="108"/>
        <source>searches skip recipes whose published mean KL divergence against the 16-bit model is above this (0.25: 3-bit types and better; off: no floor)</source>
        <translation>搜索时跳过已公布的相对 16 位模型平均 KL 散度高于此值的方案（0.25：3 位及更好的类型；off：无下限）</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="112"/>
        <source>searches prefer a better recipe with CPU offload when it decodes at least this fast (0: quality first)</source>
        <translation>若带 CPU 卸载的更优方案解码速度至少达到此值，搜索时优先选用（0：质量优先）</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="131"/>
        <source>compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="133"/>
        <source>transfer</source>
        <translation>传输</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="134"/>
        <source>memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="142"/>
        <source>vLLM KV pool per GPU: %1 x %2 = %3 - weights %4 - activation peak %5 - non-torch %6 = %7 available</source>
        <translation>每块 GPU 上的 vLLM KV 池：%1 x %2 = %3 - 权重 %4 - 激活峰值 %5 - 非 torch 内存 %6 = 可用 %7</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="148"/>
        <source>vLLM KV cache: %1 blocks, %2 tokens; maximum concurrency for %3 tokens per request: %4x</source>
        <translation>vLLM KV 缓存：%1 个块，%2 个词元；每请求 %3 个词元时的最大并发：%4x</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="154"/>
        <source>vLLM outside the share: CUDA graphs %1, CUDA context %2 (%3 left by the utilization)</source>
        <translation>vLLM 占用比例之外：CUDA 图 %1，CUDA 上下文 %2（利用率留出 %3）</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="162"/>
        <source>Serving %1 sequence(s) of %2 tokens with %3: %4 fit at once (the engine&apos;s limit: %5)</source>
        <translation>用 %3 服务 %1 个 %2 词元的序列：可同时容纳 %4 个（引擎上限：%5）</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="170"/>
        <source>  vLLM&apos;s maximum concurrency for %1 tokens per request: %2x</source>
        <translation>  vLLM 在每个请求 %1 词元时的最大并发：%2x</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="175"/>
        <source>  at %1 at once: %2 tokens/s each, %3 tokens/s in all (%4-bound)</source>
        <translation>  同时 %1 个时：每个 %2 词元/秒，总计 %3 词元/秒（%4受限）</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="182"/>
        <source>  time to first token for %1 prompt tokens: %2 s idle, %3 s while the others decode</source>
        <translation>  %1 词元提示的首词元时间：空闲时 %2 秒，其他序列解码时 %3 秒</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="188"/>
        <source>  the other %1 wait for a free %2</source>
        <translation>  其余 %1 个等待空闲的%2</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="190"/>
        <source>share of the KV pool</source>
        <translation>KV 池份额</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="190"/>
        <source>slot</source>
        <translation>槽位</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="199"/>
        <source>the model&apos;s MTP layers</source>
        <translation>模型自带的 MTP 层</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="200"/>
        <source>draft %1 %2</source>
        <translation>草稿模型 %1 %2</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="201"/>
        <source>Speculative decoding with %1, %2 token(s) per step: weights %3, KV %4, compute %5 (%6 of it in RAM)</source>
        <translation>使用 %1 进行推测解码，每步 %2 个词元：权重 %3，KV %4，计算 %5（其中 %6 在 RAM 中）</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="209"/>
        <source>  about %1 to %2 tokens/s decode (%3x to %4x at acceptance %5 to %6)</source>
        <translation>  解码速度约 %1 到 %2 词元/秒（接受率 %5 到 %6 时为 %3x 到 %4x）</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="221"/>
        <source>%1: %2 | %3 | %4 | context %5 x %6
</source>
        <translation>%1：%2 | %3 | %4 | 上下文 %5 × %6
</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="225"/>
        <source>Engine rules: %1</source>
        <translation>引擎规则：%1</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="226"/>
        <source>Headroom: %1</source>
        <translation>余量：%1</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="231"/>
        <source>Tensor parallel %1, pipeline parallel %2</source>
        <translation>张量并行 %1，流水线并行 %2</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="234"/>
        <source>Layers on GPU: %1 of %2</source>
        <translation>GPU 上的层数：%1 / %2</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="235"/>
        <source> (routed experts of the first %1 in RAM)</source>
        <translation>（前 %1 层的路由专家在内存中）</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="240"/>
        <source>  %1 %2 of %3 (weights %4, KV %5, compute %6, other %7, speculative decoding %8)
</source>
        <translation>  %1 %2 / %3（权重 %4，KV %5，计算 %6，其他 %7，推测解码 %8）
</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="247"/>
        <source>  %1 %2 of %3 (weights %4, KV %5, compute %6, other %7)
</source>
        <translation>  %1 %2 / %3（权重 %4，KV %5，计算 %6，其他 %7）
</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="255"/>
        <source>Speed: about %1 tokens/s decode (%4-bound), %2 s to prefill %3 tokens (%5-bound)</source>
        <translation>速度：解码约 %1 词元/秒（受%4限制），预填充 %3 个词元需 %2 秒（受%5限制）</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="266"/>
        <source>Command:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="278"/>
        <source>GPU  %1  %2 total, %3 free%4%5
</source>
        <translation>GPU  %1  共 %2，空闲 %3%4%5
</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="316"/>
        <source>Smallest setup of the GPU you named that fits on GPUs: %1 x %2 on %3 node(s)</source>
        <translation>在 GPU 上放得下的、所指定 GPU 的最小配置：%1 x %2，%3 个节点</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="356"/>
        <source>option: KV cache %1</source>
        <translation>选项：KV 缓存 %1</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="357"/>
        <source>option: context %1</source>
        <translation>选项：上下文 %1</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="358"/>
        <source>%1: %2, %3, %4</source>
        <translation>%1：%2，%3，%4</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="373"/>
        <source>--batch %1 and --concurrency %2 ask for different numbers of sequences</source>
        <translation>--batch %1 与 --concurrency %2 要求的序列数不同</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="381"/>
        <source>--mtp and --draft-model are two kinds of speculative decoding: choose one</source>
        <translation>--mtp 和 --draft-model 是两种推测解码方式：请选择其一</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="383"/>
        <source>--concurrency is planned without speculative decoding: leave out --draft-model and --mtp</source>
        <translation>--concurrency 的规划不含推测解码：请去掉 --draft-model 和 --mtp</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="386"/>
        <source>--draft-quant needs --draft-model</source>
        <translation>--draft-quant 需要 --draft-model</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="612"/>
        <source>%1  %2  %3  max context %4  %5  %6
</source>
        <translation>%1  %2  %3  最大上下文 %4  %5  %6
</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="618"/>
        <source>KLD %1</source>
        <translation>KLD %1</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="618"/>
        <source>KLD unknown</source>
        <translation>KLD 未知</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="630"/>
        <source>the GPUs, RAM and CPU detected on this machine</source>
        <translation>本机检测到的 GPU、内存和 CPU</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="631"/>
        <source>print what was detected as JSON</source>
        <translation>以 JSON 输出检测结果</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="633"/>
        <source>measure this machine&apos;s memory bandwidth and CPU dot-product rates (under 2 s) and store them for every speed estimate</source>
        <translation>测量本机的内存带宽和 CPU 点积速率（不到 2 秒）并保存，供所有速度估算使用</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="644"/>
        <source>list the GPU catalog</source>
        <translation>列出 GPU 目录</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="645"/>
        <source>print the catalog as JSON</source>
        <translation>以 JSON 输出目录</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="654"/>
        <source>where a model&apos;s layers go on the GPUs and in RAM, how fast it runs, and the command</source>
        <translation>模型各层在 GPU 和内存中的放置、运行速度及启动命令</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="658"/>
        <source>tokens per sequence (prompt and reply); max: the largest that keeps the verdict</source>
        <translation>每个序列的词元数（提示和回复）；max：保持结论不变的最大值</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="664"/>
        <source>the quantization recipe; best: the best one that fits (not with --file)</source>
        <translation>量化方案；best：能放下的最佳方案（不可与 --file 同用）</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="670"/>
        <source>prompt tokens for the prefill time</source>
        <translation>用于估算预填充时间的提示词元数</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="671"/>
        <source>the whole context</source>
        <translation>整个上下文</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="673"/>
        <source>serve N sequences of --context tokens at once: how many fit (vLLM&apos;s KV pool, llama-server&apos;s -np slots), their decode speed together and the time to first token of a --prompt; sets --batch</source>
        <translation>同时服务 N 个长度为 --context 词元的序列：可容纳多少个（vLLM 的 KV 池、llama-server 的 -np 槽位）、它们合计的解码速度以及 --prompt 的首词元时间；会设置 --batch</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="677"/>
        <source>speculative decoding with this catalog model as the draft (llama-server -md, vLLM --speculative-config)</source>
        <translation>以此目录模型作为草稿模型进行推测解码（llama-server -md，vLLM --speculative-config）</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="681"/>
        <source>the draft model&apos;s quantization</source>
        <translation>草稿模型的量化</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="682"/>
        <source>the model&apos;s own where the draft runs it</source>
        <translation>主模型自身的量化（草稿模型可运行该量化时）</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="684"/>
        <source>speculative decoding with the model&apos;s own multi-token-prediction layers (vLLM)</source>
        <translation>使用模型自带的多词元预测层进行推测解码（vLLM）</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="686"/>
        <source>llama.cpp: memory kept free on each GPU whose free memory is detected (as llama.cpp&apos;s --fit-target)</source>
        <translation>llama.cpp：在检测到空闲显存的每块 GPU 上保留的空闲内存（同 llama.cpp 的 --fit-target）</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="690"/>
        <source>llama.cpp: offload whole layers only, never the routed experts of a MoE model alone</source>
        <translation>llama.cpp：只卸载整层，从不单独卸载 MoE 模型的路由专家</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="692"/>
        <source>also find the smallest catalog setup (GPUs and nodes) that holds the plan on GPUs, on the GPU named with --gpu first</source>
        <translation>同时找出能在 GPU 上容纳该方案的最小目录配置（GPU 与节点），优先使用 --gpu 指定的 GPU</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="696"/>
        <source>print the plan as JSON; byte counts are integers</source>
        <translation>以 JSON 输出方案；字节数为整数</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="706"/>
        <source>which catalog models run on this hardware, at which quantization, context and speed</source>
        <translation>目录中哪些模型能在此硬件上运行，及其量化、上下文和速度</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="708"/>
        <source>the context every model must hold at least</source>
        <translation>每个模型至少要容纳的上下文</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="714"/>
        <source>print the table as JSON</source>
        <translation>以 JSON 输出表格</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="726"/>
        <source>vLLM: sequences per step, the rows of its sampler warm-up and its CUDA-graph batch sizes</source>
        <translation>vLLM：每步的序列数，即其采样器预热的行数和 CUDA 图的批大小</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="729"/>
        <source>vLLM: tokens per step, the tokens of its profiling forward pass</source>
        <translation>vLLM：每步的词元数，即其内存分析前向传播的词元数</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="732"/>
        <source>vLLM: capture no CUDA graphs</source>
        <translation>vLLM：不捕获 CUDA 图</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="734"/>
        <source>vLLM: prefill whole prompts; the profiling pass then covers the whole context</source>
        <translation>vLLM：整段预填充提示；此时内存分析覆盖整个上下文</translation>
    </message>
    <message>
        <location filename="../../app/cliinspect.cpp" line="95"/>
        <location filename="../../app/cliplan.cpp" line="280"/>
        <location filename="../../app/cliplan.cpp" line="286"/>
        <location filename="../../app/cliplan.cpp" line="287"/>
        <location filename="../../app/cliplan.cpp" line="289"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="283"/>
        <source>, unified memory</source>
        <translation>，统一内存</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="285"/>
        <source>RAM  %1 total, %2 available
</source>
        <translation>内存  共 %1，可用 %2
</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="288"/>
        <source>CPU  %1 (%2 threads)
</source>
        <translation>CPU  %1（%2 线程）
</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="322"/>
        <source>Smallest catalog setup that fits on GPUs: %1 x %2 on %3 node(s)</source>
        <translation>能完全放进 GPU 的最小目录配置：%1 × %2，共 %3 个节点</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="328"/>
        <source>No catalog setup fits on GPUs</source>
        <translation>目录中没有能完全放进 GPU 的配置</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="610"/>
        <location filename="../../app/clitrain.cpp" line="275"/>
        <source>does not fit</source>
        <translation>放不下</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="350"/>
        <source>%1 tok/s</source>
        <translation>%1 词元/秒</translation>
    </message>
    <message>
        <location filename="../../app/cliplan.cpp" line="350"/>
        <source>speed unknown</source>
        <translation>速度未知</translation>
    </message>
    <message>
        <location filename="../../app/clicommand.cpp" line="421"/>
        <source>unknown option %1</source>
        <translation>未知选项 %1</translation>
    </message>
    <message>
        <location filename="../../app/cliinspect.cpp" line="144"/>
        <source>give a .gguf or .safetensors file, or a model folder</source>
        <translation>请给出 .gguf 或 .safetensors 文件，或模型文件夹</translation>
    </message>
    <message>
        <location filename="../../app/cliinspect.cpp" line="87"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/cliinspect.cpp" line="89"/>
        <source>Parts</source>
        <translation>分片</translation>
    </message>
    <message>
        <location filename="../../app/cliinspect.cpp" line="91"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../app/cliinspect.cpp" line="92"/>
        <source> (vision projector)</source>
        <translation>（视觉投影器）</translation>
    </message>
    <message>
        <location filename="../../app/cliinspect.cpp" line="94"/>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <location filename="../../app/cliinspect.cpp" line="96"/>
        <source>Quantization</source>
        <translation>量化</translation>
    </message>
    <message>
        <location filename="../../app/cliinspect.cpp" line="100"/>
        <source>%1 %2 in %3 tensors
</source>
        <translation>%1 %2，共 %3 个张量
</translation>
    </message>
    <message>
        <location filename="../../app/cliinspect.cpp" line="104"/>
        <source>%1 %2 (%3 bytes)
</source>
        <translation>%1 %2（%3 字节）
</translation>
    </message>
    <message>
        <location filename="../../app/cliinspect.cpp" line="112"/>
        <source>%1 %2 layers, %3 to %4 each; %5 outside the layers
</source>
        <translation>%1 %2 层，每层 %3 至 %4；层外 %5
</translation>
    </message>
    <message>
        <location filename="../../app/cliinspect.cpp" line="141"/>
        <source>what a .gguf/.safetensors file or model folder holds, read from its headers</source>
        <translation>.gguf/.safetensors 文件或模型文件夹的内容，读自其文件头</translation>
    </message>
    <message>
        <location filename="../../app/cliinspect.cpp" line="143"/>
        <source>a .gguf or .safetensors file, or a folder of them</source>
        <translation>.gguf 或 .safetensors 文件，或包含它们的文件夹</translation>
    </message>
    <message>
        <location filename="../../app/cliinspect.cpp" line="146"/>
        <source>print what the file holds as JSON; byte counts are integers</source>
        <translation>以 JSON 输出文件内容；字节数为整数</translation>
    </message>
    <message>
        <location filename="../../app/cliinspect.cpp" line="147"/>
        <source>with --json: list every tensor</source>
        <translation>与 --json 同用：列出每个张量</translation>
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="47"/>
        <location filename="../../app/cliinspect.cpp" line="99"/>
        <source> (%1 active)</source>
        <translation>（激活 %1）</translation>
    </message>
    <message>
        <location filename="../../app/cliinspect.cpp" line="113"/>
        <source>Layers</source>
        <translation>层数</translation>
    </message>
    <message>
        <location filename="../../app/cliinspect.cpp" line="119"/>
        <source>%1 hidden %2, %3 heads (%4 KV) x %5, context %6%7
</source>
        <translation>%1 隐藏维度 %2，%3 个注意力头（%4 个 KV 头）× %5，上下文 %6%7
</translation>
    </message>
    <message>
        <location filename="../../app/cliinspect.cpp" line="120"/>
        <source>Shape</source>
        <translation>结构</translation>
    </message>
    <message>
        <location filename="../../app/cliinspect.cpp" line="127"/>
        <source>, %1 experts (%2 per token)</source>
        <translation>，%1 个专家（每个词元 %2 个）</translation>
    </message>
    <message>
        <location filename="../../app/cliinspect.cpp" line="131"/>
        <source>Warning: </source>
        <translation>警告：</translation>
    </message>
    <message>
        <location filename="../../app/screenshotcommand.cpp" line="32"/>
        <source>--%1 &apos;%2&apos; must be WIDTHxHEIGHT from %3 to %4</source>
        <translation>--%1“%2”必须是 %3 到 %4 之间的 宽x高</translation>
    </message>
    <message>
        <location filename="../../app/screenshotcommand.cpp" line="47"/>
        <source>render the window into a PNG file and exit (no display needed)</source>
        <translation>将窗口渲染为 PNG 文件后退出（无需显示器）</translation>
    </message>
    <message>
        <location filename="../../app/screenshotcommand.cpp" line="49"/>
        <source>the context length (it must not exceed the model&apos;s maximum)</source>
        <translation>上下文长度（不得超过模型上限）</translation>
    </message>
    <message>
        <location filename="../../app/screenshotcommand.cpp" line="51"/>
        <source>the PNG file to write</source>
        <translation>要写入的 PNG 文件</translation>
    </message>
    <message>
        <location filename="../../app/screenshotcommand.cpp" line="55"/>
        <source>the quantization recipe</source>
        <translation>量化方案</translation>
    </message>
    <message>
        <location filename="../../app/screenshotcommand.cpp" line="59"/>
        <source>the first engine that runs the recipe</source>
        <translation>能运行该方案的第一个引擎</translation>
    </message>
    <message>
        <location filename="../../app/screenshotcommand.cpp" line="60"/>
        <source>the chart tab to show</source>
        <translation>要显示的图表标签页</translation>
    </message>
    <message>
        <location filename="../../app/screenshotcommand.cpp" line="62"/>
        <source>the window&apos;s size in pixels</source>
        <translation>窗口大小（像素）</translation>
    </message>
    <message>
        <location filename="../../app/screenshotcommand.cpp" line="64"/>
        <source>the language of the window</source>
        <translation>窗口语言</translation>
    </message>
    <message>
        <location filename="../../app/screenshotcommand.cpp" line="66"/>
        <source>byte units: GiB (1024^3) or GB (1000^3)</source>
        <translation>字节单位：GiB（1024^3）或 GB（1000^3）</translation>
    </message>
    <message>
        <location filename="../../app/screenshotcommand.cpp" line="68"/>
        <source>what-if hardware: a GPU from the catalog</source>
        <translation>假设硬件：目录中的一种 GPU</translation>
    </message>
    <message>
        <location filename="../../app/screenshotcommand.cpp" line="70"/>
        <source>how many of that GPU</source>
        <translation>该 GPU 的数量</translation>
    </message>
    <message>
        <location filename="../../app/screenshotcommand.cpp" line="73"/>
        <source>the colours: the system&apos;s, or a light or dark Fusion palette (as dark desktop themes give)</source>
        <translation>配色：系统配色，或浅色、深色的 Fusion 调色板（如深色桌面主题）</translation>
    </message>
    <message>
        <location filename="../../app/screenshotcommand.cpp" line="77"/>
        <source>the Placement tab&apos;s concurrent users: above 1 it shows what a server does with them</source>
        <translation>放置页的并发用户数：大于 1 时显示服务器如何应对这些用户</translation>
    </message>
    <message>
        <location filename="../../app/screenshotcommand.cpp" line="80"/>
        <source>a saved-scenarios file (as Scenarios &gt; Save scenario writes it) for --compare</source>
        <translation>已保存场景文件（由“场景 &gt; 保存场景”写入），供 --compare 使用</translation>
    </message>
    <message>
        <location filename="../../app/screenshotcommand.cpp" line="83"/>
        <source>render the comparison of the current scenario with these saved ones (comma-separated) instead of the window</source>
        <translation>渲染当前场景与这些已保存场景（逗号分隔）的对比，而不是主窗口</translation>
    </message>
    <message>
        <location filename="../../app/screenshotcommand.cpp" line="87"/>
        <source>render Model &gt; Add custom model... reading this config.json (or showing the form, for &apos;form&apos;) instead of the window</source>
        <translation>读取此 config.json 渲染“模型 &gt; 添加自定义模型...”对话框（为 &apos;form&apos; 时显示表单），而非渲染主窗口</translation>
    </message>
    <message>
        <location filename="../../app/screenshotcommand.cpp" line="91"/>
        <source>render Help &gt; How is this computed? for one component (weights, kv-cache, recurrent-state, activations, overhead) or the whole report (&apos;report&apos;) instead of the window</source>
        <translation>渲染“帮助 &gt; 这是怎么算的？”中的某一组成部分（weights、kv-cache、recurrent-state、activations、overhead）或整份报告（&apos;report&apos;），而不是主窗口</translation>
    </message>
    <message>
        <location filename="../../app/screenshotcommand.cpp" line="95"/>
        <source>open a model file or folder as File &gt; Open does, wait for it, and render the window with the message it shows, if any, centred over it as on screen</source>
        <translation>像“文件 &gt; 打开”一样打开模型文件或文件夹，等待其完成，然后渲染窗口，并像屏幕上那样将其显示的消息（如有）居中叠加在窗口上</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="44"/>
        <source>no GPU to train on</source>
        <translation>没有可用于训练的 GPU</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="54"/>
        <source>fits on %1 (%2 per GPU, %3 spare after the expected reserved peak)</source>
        <translation>可放入 %1（每 GPU %2，预计保留峰值之后余 %3）</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="58"/>
        <source>tight on %1: the peak allocated fits in %2, the allocator&apos;s expected reserve does not</source>
        <translation>%1 上偏紧：分配峰值可放入 %2，分配器的预计保留量放不下</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="62"/>
        <source>does not fit: the offloaded %1 exceed the %2 of RAM</source>
        <translation>放不下：卸载的 %1 超出内存 %2</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="66"/>
        <source>does not fit on %1: %2 needed per GPU, %3 there</source>
        <translation>%1 上放不下：每 GPU 需要 %2，实有 %3</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="131"/>
        <source>Trainable weights</source>
        <translation>可训练权重</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="133"/>
        <source>Gradients</source>
        <translation>梯度</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="135"/>
        <source>Optimizer state</source>
        <translation>优化器状态</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="139"/>
        <source>Logits</source>
        <translation>Logits</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="141"/>
        <source>Teacher</source>
        <translation>教师模型</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="142"/>
        <source>CUDA context</source>
        <translation>CUDA 上下文</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="148"/>
        <source>%1 | %2 | %3 | %4 | %5 x %6 tokens | %7 GPU(s), per GPU:
</source>
        <translation>%1 | %2 | %3 | %4 | %5 x %6 个 token | %7 个 GPU，每 GPU：
</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="160"/>
        <location filename="../../app/clitrain.cpp" line="200"/>
        <source>Peak allocated</source>
        <translation>分配峰值</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="161"/>
        <source>(what torch.cuda.max_memory_allocated reports)</source>
        <translation>（torch.cuda.max_memory_allocated 报告的值）</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="164"/>
        <source>(peak allocated + CUDA context)</source>
        <translation>（分配峰值 + CUDA 上下文）</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="166"/>
        <location filename="../../app/clitrain.cpp" line="203"/>
        <source>Reserved</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="167"/>
        <source>(expected allocator reserve + CUDA context: what nvidia-smi shows)</source>
        <translation>（分配器预计保留量 + CUDA 上下文：nvidia-smi 显示的值）</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="169"/>
        <source>CPU memory per GPU: %1</source>
        <translation>每 GPU 占用的 CPU 内存：%1</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="171"/>
        <source>Teacher GPU: %1</source>
        <translation>教师模型 GPU：%1</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="172"/>
        <source>Verdict: %1</source>
        <translation>结论：%1</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="174"/>
        <location filename="../../app/clitrain.cpp" line="208"/>
        <source>Step: %1 s, %2 tokens/s</source>
        <translation>每步：%1 秒，%2 token/秒</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="179"/>
        <source>Job: %1 h</source>
        <translation>任务：%1 小时</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="189"/>
        <source>%1, %2, %3, micro-batch %4 x %5 tokens, %6 GPU(s); figures per GPU.</source>
        <translation>%1，%2，%3，微批次 %4 × %5 个 token，%6 块 GPU；数字均为每块 GPU。</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="194"/>
        <source>Component</source>
        <translation>组成部分</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="194"/>
        <location filename="../../app/clitrain.cpp" line="336"/>
        <source>Per GPU</source>
        <translation>每块 GPU</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="195"/>
        <source>How it is computed</source>
        <translation>计算方式</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="201"/>
        <source>what torch.cuda.max_memory_allocated reports</source>
        <translation>torch.cuda.max_memory_allocated 报告的值</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="204"/>
        <source>expected allocator reserve + CUDA context: what nvidia-smi shows</source>
        <translation>预计的分配器保留量 + CUDA 上下文：nvidia-smi 显示的值</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="269"/>
        <source>fits</source>
        <translation>放得下</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="271"/>
        <source>tight</source>
        <translation>紧张</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="273"/>
        <source>RAM short</source>
        <translation>RAM 不足</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="277"/>
        <location filename="../../app/clitrain.cpp" line="386"/>
        <source>no GPU</source>
        <translation>无 GPU</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="314"/>
        <source>Students of %1 (%2) that share its tokenizer, for logit distillation with the teacher on the GPUs</source>
        <translation>%1（%2）的学生模型：与其共享分词器，用于教师在 GPU 上的 logit 蒸馏</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="318"/>
        <source>Students of %1: models smaller than it, fine-tuned on text it generated beforehand</source>
        <translation>%1 的学生模型：比它小、预先在其生成的文本上微调的模型</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="321"/>
        <source>%1, %2, %3, %4 tokens, up to %5 sequences per micro-batch, %6 GPU(s) of %7; figures per GPU</source>
        <translation>%1，%2，%3，%4 词元，每个微批次最多 %5 个序列，%6 块 %7 GPU；数值均为每 GPU</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="329"/>
        <source>No smaller catalog model shares the teacher&apos;s tokenizer; --student-rule text lists every smaller model</source>
        <translation>没有更小的目录模型与教师共享分词器；--student-rule text 会列出所有更小的模型</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="332"/>
        <source>No smaller catalog model</source>
        <translation>没有更小的目录模型</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="335"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="335"/>
        <source>Params</source>
        <translation>参数量</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="335"/>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="335"/>
        <source>Sequence</source>
        <translation>序列</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="336"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="336"/>
        <source>Step</source>
        <translation>每步</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="347"/>
        <source>%1 (max)</source>
        <translation>%1（最大）</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="349"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="352"/>
        <source>Per GPU: the expected reserved peak (what nvidia-smi shows) at that micro-batch and sequence</source>
        <translation>每 GPU：在该微批次和序列长度下预期的保留峰值（即 nvidia-smi 显示的值）</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="356"/>
        <source>Skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="370"/>
        <source>--find-students needs --teacher</source>
        <translation>--find-students 需要 --teacher</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="401"/>
        <source>--find-students prints text or JSON</source>
        <translation>--find-students 只能输出文本或 JSON</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="428"/>
        <source>unknown teacher %1</source>
        <translation>未知的教师模型 %1</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="450"/>
        <source>--offline-topk needs --teacher and --dataset-tokens</source>
        <translation>--offline-topk 需要 --teacher 和 --dataset-tokens</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="482"/>
        <source>Offline distillation: top-%1 logits, %2 on disk; the teacher&apos;s forward over the dataset takes %3 h</source>
        <translation>离线蒸馏：top-%1 logits，占磁盘 %2；教师模型遍历数据集的前向计算需 %3 小时</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="489"/>
        <source>Offline distillation: top-%1 logits, %2 on disk; the GPU&apos;s throughput is unknown</source>
        <translation>离线蒸馏：top-%1 logits，占磁盘 %2；GPU 算力未知</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="510"/>
        <source>how the model is trained; a --teacher makes full distill</source>
        <translation>训练方式；给出 --teacher 时 full 变为 distill</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="513"/>
        <source>bf16: weights, gradients and state in bf16; amp: an fp32 master copy and fp32 state; fp32</source>
        <translation>bf16：权重、梯度和状态均为 bf16；amp：fp32 主副本和 fp32 状态；fp32</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="515"/>
        <source>the optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="518"/>
        <source>step each parameter as backward reaches it and free its gradient</source>
        <translation>反向传播到达每个参数时立即更新并释放其梯度</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="519"/>
        <source>the adapters&apos; rank</source>
        <translation>适配器的秩</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="521"/>
        <source>the linear layers that get adapters</source>
        <translation>加适配器的线性层</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="523"/>
        <source>adapters on routed experts too (MoE)</source>
        <translation>路由专家也加适配器（MoE）</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="524"/>
        <source>QLoRA without double quantization (4.5 bits)</source>
        <translation>QLoRA 不使用双重量化（4.5 位）</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="526"/>
        <source>what qat and qat-lora fake-quantize: 8da4w, int8 activations and int4 weights; 4w, int4 weights only</source>
        <translation>qat 和 qat-lora 伪量化的对象：8da4w，int8 激活和 int4 权重；4w，仅 int4 权重</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="536"/>
        <source>tokens per sequence</source>
        <translation>每个序列的 token 数</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="538"/>
        <source>sequences per forward pass and GPU</source>
        <translation>每次前向传播、每 GPU 的序列数</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="540"/>
        <source>micro-batches per optimizer step</source>
        <translation>每个优化器步骤的微批次数</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="542"/>
        <source>several documents packed into each sequence</source>
        <translation>每个序列打包多个文档</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="543"/>
        <source>activation checkpointing</source>
        <translation>激活检查点</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="545"/>
        <source>what moves to CPU memory</source>
        <translation>移到 CPU 内存的内容</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="547"/>
        <source>flash attention / fused SDPA</source>
        <translation>Flash Attention / 融合 SDPA</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="550"/>
        <source>cross-entropy in chunks, upcasting one chunk at a time</source>
        <translation>分块计算交叉熵，每次只把一块提升到 fp32</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="552"/>
        <source>how data-parallel GPUs share the model states</source>
        <translation>数据并行的 GPU 如何分摊模型状态</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="560"/>
        <source>the frozen teacher of a distillation</source>
        <translation>蒸馏所用的冻结教师模型</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="562"/>
        <source>the teacher&apos;s quantization recipe</source>
        <translation>教师模型的量化方案</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="564"/>
        <source>the teacher runs on a GPU of its own</source>
        <translation>教师模型在单独的 GPU 上运行</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="566"/>
        <source>instead of one model: every catalog model that could be the --teacher&apos;s student, with the largest micro-batch (or sequence) that fits</source>
        <translation>不针对单个模型：列出所有可作为 --teacher 学生的目录模型，以及放得下的最大微批次（或序列长度）</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="569"/>
        <source>logits: students sharing the teacher&apos;s tokenizer, the teacher on the GPUs; text: any smaller model, trained on text the teacher generated</source>
        <translation>logits：与教师共享分词器的学生，教师在 GPU 上；text：任意更小的模型，在教师生成的文本上训练</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="573"/>
        <source>the largest micro-batch --find-students tries</source>
        <translation>--find-students 尝试的最大微批次</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="577"/>
        <source>offline distillation: the disk for the teacher&apos;s top-K logits of --dataset-tokens and the time to produce them</source>
        <translation>离线蒸馏：保存教师模型对 --dataset-tokens 个 token 的 top-K logits 所需的磁盘空间及生成时间</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="580"/>
        <source>tokens in the dataset, for the job time</source>
        <translation>数据集的 token 数，用于计算任务时长</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="582"/>
        <source>passes over the dataset</source>
        <translation>遍历数据集的轮数</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="585"/>
        <source>the share of the GPUs&apos; dense 16-bit rate a step achieves</source>
        <translation>一步训练达到的 GPU 稠密 16 位算力的比例</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="596"/>
        <source>the memory per GPU and the time of fine-tuning, LoRA, QLoRA, QAT or distillation</source>
        <translation>全量微调、LoRA、QLoRA、QAT 或蒸馏的每 GPU 内存与时间</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="602"/>
        <source>data-parallel GPUs per node</source>
        <translation>每个节点的数据并行 GPU 数</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="604"/>
        <source>machines of that kind in the data-parallel group</source>
        <translation>数据并行组中此类机器的数量</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="607"/>
        <source>show how each figure was computed</source>
        <translation>显示每个数字的计算方法</translation>
    </message>
    <message>
        <location filename="../../app/clitrain.cpp" line="608"/>
        <source>print the plan as JSON; byte counts are per GPU</source>
        <translation>以 JSON 输出方案；字节数均为每 GPU</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="54"/>
        <source>&apos;%1&apos; needs a command first; &apos;fitplanner --help&apos; lists them</source>
        <translation>“%1”前面需要一个命令；“fitplanner --help”列出所有命令</translation>
    </message>
    <message>
        <location filename="../../app/clihardware.cpp" line="23"/>
        <source>CPU measured %1: memory read %2 GB/s with %3 threads (%4 GB/s with one); billions of multiply-adds per second and thread: %5 (int8 on %6)</source>
        <translation>CPU 于 %1 测量：%3 个线程内存读取 %2 GB/s（单线程 %4 GB/s）；每线程每秒十亿次乘加：%5（int8 使用 %6）</translation>
    </message>
    <message>
        <location filename="../../app/clihardware.cpp" line="67"/>
        <source>Measured in %1 s and stored: every speed estimate on this machine uses it.</source>
        <translation>用时 %1 秒，已保存：本机的所有速度估算都会使用它。</translation>
    </message>
    <message>
        <location filename="../../app/clicustommodels.cpp" line="29"/>
        <source>--config PATH is required: the model&apos;s config.json</source>
        <translation>必须提供 --config PATH：模型的 config.json</translation>
    </message>
    <message>
        <location filename="../../app/clicustommodels.cpp" line="50"/>
        <source>Added %1 (%2): %3 params, context %4, to %5
</source>
        <translation>已添加 %1（%2）：%3 参数，上下文 %4，写入 %5
</translation>
    </message>
    <message>
        <location filename="../../app/clicustommodels.cpp" line="62"/>
        <source>&quot;%1&quot; is a built-in model; only custom models can be removed</source>
        <translation>&quot;%1&quot; 是内置模型；只能移除自定义模型</translation>
    </message>
    <message>
        <location filename="../../app/clicustommodels.cpp" line="77"/>
        <source>Removed %1 from %2
</source>
        <translation>已从 %2 移除 %1
</translation>
    </message>
    <message>
        <location filename="../../app/clicustommodels.cpp" line="87"/>
        <source>add a custom model from its config.json; --model takes it from then on</source>
        <translation>从 config.json 添加自定义模型；此后 --model 即可使用它</translation>
    </message>
    <message>
        <location filename="../../app/clicustommodels.cpp" line="90"/>
        <source>the model&apos;s Hugging Face config.json, validated as the catalog&apos;s entries are (required)</source>
        <translation>模型的 Hugging Face config.json，按目录条目的方式校验（必填）</translation>
    </message>
    <message>
        <location filename="../../app/clicustommodels.cpp" line="93"/>
        <source>the id --model will take: letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, not a built-in model&apos;s</source>
        <translation>--model 所用的 id：字母、数字、&apos;.&apos;、&apos;_&apos; 或 &apos;-&apos;，且不能与内置模型相同</translation>
    </message>
    <message>
        <location filename="../../app/clicustommodels.cpp" line="94"/>
        <source>the name of the folder holding the config, in lower case</source>
        <translation>存放配置的文件夹名称，小写</translation>
    </message>
    <message>
        <location filename="../../app/clicustommodels.cpp" line="95"/>
        <source>the name shown</source>
        <translation>显示的名称</translation>
    </message>
    <message>
        <location filename="../../app/clicustommodels.cpp" line="96"/>
        <source>the id</source>
        <translation>该 id</translation>
    </message>
    <message>
        <location filename="../../app/clicustommodels.cpp" line="102"/>
        <source>remove a custom model</source>
        <translation>移除自定义模型</translation>
    </message>
    <message>
        <location filename="../../app/clicustommodels.cpp" line="104"/>
        <source>the custom model&apos;s id, as &apos;fitplanner models&apos; lists it</source>
        <translation>自定义模型的 id，即 &apos;fitplanner models&apos; 所列出的</translation>
    </message>
    <message>
        <location filename="../../app/clicustommodels.cpp" line="105"/>
        <source>give the id of the custom model to remove</source>
        <translation>请提供要移除的自定义模型的 id</translation>
    </message>
</context>
<context>
    <name>CustomModelDialog</name>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="45"/>
        <source>&amp;Layers</source>
        <translation>层数(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="46"/>
        <source>Transformer blocks (num_hidden_layers)</source>
        <translation>Transformer 块数（num_hidden_layers）</translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="48"/>
        <source>&amp;Hidden size</source>
        <translation>隐藏层大小(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="49"/>
        <source>Width of the residual stream (hidden_size)</source>
        <translation>残差流的宽度（hidden_size）</translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="51"/>
        <source>Attention head&amp;s</source>
        <translation>注意力头数(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="52"/>
        <source>Query heads per layer (num_attention_heads)</source>
        <translation>每层的查询头数（num_attention_heads）</translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="54"/>
        <source>&amp;KV heads</source>
        <translation>KV 头数(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="55"/>
        <source>Key/value heads per layer; fewer than the query heads is GQA (num_key_value_heads)</source>
        <translation>每层的键/值头数；少于查询头数即为 GQA（num_key_value_heads）</translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="59"/>
        <source>Head &amp;dimension</source>
        <translation>头维度(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="60"/>
        <source>Width of one attention head (head_dim)</source>
        <translation>单个注意力头的宽度（head_dim）</translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="61"/>
        <source>Inter&amp;mediate size</source>
        <translation>中间层大小(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="62"/>
        <source>Width of a dense gated MLP (intermediate_size)</source>
        <translation>稠密门控 MLP 的宽度（intermediate_size）</translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="64"/>
        <source>&amp;Vocabulary</source>
        <translation>词表大小(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="65"/>
        <source>Tokens in the vocabulary (vocab_size)</source>
        <translation>词表中的词元数（vocab_size）</translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="67"/>
        <source>&amp;Experts</source>
        <translation>专家数(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="68"/>
        <source>Routed experts per layer; 0 for a dense model (num_experts)</source>
        <translation>每层的路由专家数；稠密模型为 0（num_experts）</translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="70"/>
        <source>Experts &amp;active</source>
        <translation>激活专家数(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="71"/>
        <source>Experts each token is routed to (num_experts_per_tok)</source>
        <translation>每个词元路由到的专家数（num_experts_per_tok）</translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="73"/>
        <source>E&amp;xpert intermediate size</source>
        <translation>专家中间层大小(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="74"/>
        <source>Width of one expert&apos;s gated MLP (moe_intermediate_size)</source>
        <translation>单个专家门控 MLP 的宽度（moe_intermediate_size）</translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="76"/>
        <source>&amp;Context length</source>
        <translation>上下文长度(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="77"/>
        <source>Tokens the model was trained for (max_position_embeddings)</source>
        <translation>模型训练时支持的词元数（max_position_embeddings）</translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="226"/>
        <source>the form</source>
        <translation>表单</translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="249"/>
        <location filename="../../views/custommodeldialog.cpp" line="285"/>
        <source>Reading %1...</source>
        <translation>正在读取 %1...</translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="269"/>
        <source>Choose a config.json</source>
        <translation>选择 config.json</translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="270"/>
        <source>Hugging Face configuration (config.json *.json);;All files (*)</source>
        <translation>Hugging Face 配置 (config.json *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="283"/>
        <source>Choose the model&apos;s config.json, or describe the model on the other tab.</source>
        <translation>请选择模型的 config.json，或在另一个标签页中描述模型。</translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="293"/>
        <source>Valid: %1, %2 parameters (%3 active), up to %4 tokens of context.</source>
        <translation>有效：%1，%2 参数（%3 激活），上下文最多 %4 词元。</translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="296"/>
        <source>Valid: %1, %2 parameters, up to %3 tokens of context.</source>
        <translation>有效：%1，%2 参数，上下文最多 %3 词元。</translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="309"/>
        <source>Add custom model</source>
        <translation>添加自定义模型</translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="310"/>
        <source>&amp;Id:</source>
        <translation>Id(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="311"/>
        <source>What --model and the search take: letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, not a built-in model&apos;s id</source>
        <translation>--model 和搜索所用的标识：字母、数字、&apos;.&apos;、&apos;_&apos; 或 &apos;-&apos;，且不能与内置模型的 id 相同</translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="313"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="314"/>
        <source>the id</source>
        <translation>该 id</translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="315"/>
        <source>The name shown in the catalog</source>
        <translation>目录中显示的名称</translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="316"/>
        <source>From config.json</source>
        <translation>从 config.json</translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="317"/>
        <source>From dimensions</source>
        <translation>从尺寸参数</translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="318"/>
        <source>The model&apos;s Hugging Face config.json, read as the catalog&apos;s entries are</source>
        <translation>模型的 Hugging Face config.json，按目录条目的方式读取</translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="319"/>
        <source>The model&apos;s dimensions; the form writes its config.json</source>
        <translation>模型的尺寸参数；表单会据此写出 config.json</translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="320"/>
        <source>&amp;config.json:</source>
        <translation>config.json(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="321"/>
        <source>Path to the model&apos;s config.json</source>
        <translation>模型 config.json 的路径</translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="322"/>
        <source>The file is validated as the catalog&apos;s entries are; the message below says what is wrong</source>
        <translation>该文件按目录条目的方式校验；下方消息会说明问题所在</translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="323"/>
        <source>&amp;Browse...</source>
        <translation>浏览(&amp;B)...</translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="324"/>
        <source>Choose the config.json</source>
        <translation>选择 config.json</translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="325"/>
        <source>A dense model is laid out as Llama (gated MLP, no biases); one with experts as Qwen3-MoE (every layer routed, per-head q/k norms).</source>
        <translation>稠密模型按 Llama 布局（门控 MLP，无偏置）；带专家的模型按 Qwen3-MoE 布局（每层均路由，逐头 q/k 归一化）。</translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="331"/>
        <source>&amp;Tied embeddings (the output head shares the token embedding)</source>
        <translation>绑定嵌入（输出头共享词元嵌入）(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="332"/>
        <source>tie_word_embeddings</source>
        <translation>tie_word_embeddings</translation>
    </message>
    <message>
        <location filename="../../views/custommodeldialog.cpp" line="333"/>
        <source>Validation</source>
        <translation>校验</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <location filename="../../app/gui.cpp" line="106"/>
        <source>--screenshot needs a file name</source>
        <translation>--screenshot 需要一个文件名</translation>
    </message>
    <message>
        <location filename="../../app/gui.cpp" line="136"/>
        <source>--context: %1 is beyond the model&apos;s maximum of %2 tokens</source>
        <translation>--context：%1 超出了该模型的最大上下文 %2 个词元</translation>
    </message>
    <message>
        <location filename="../../app/gui.cpp" line="237"/>
        <source>--open: the message box (%1x%2) does not fit the window</source>
        <translation>--open：消息框（%1x%2）超出窗口大小</translation>
    </message>
    <message>
        <location filename="../../app/gui.cpp" line="248"/>
        <source>--size: the window cannot be laid out at %1x%2 (got %3x%4)</source>
        <translation>--size：窗口无法按 %1x%2 布局（实际为 %3x%4）</translation>
    </message>
    <message>
        <location filename="../../app/gui.cpp" line="257"/>
        <source>cannot write &apos;%1&apos;</source>
        <translation>无法写入“%1”</translation>
    </message>
    <message>
        <location filename="../../app/gui.cpp" line="321"/>
        <source>the X display %1 does not answer (no X server listens on it). Run a command instead (&apos;fitplanner --help&apos; lists them), start the X server, or choose another display or Qt platform with DISPLAY or QT_QPA_PLATFORM (for example QT_QPA_PLATFORM=offscreen).</source>
        <translation>X 显示 %1 没有响应（没有 X 服务器在监听）。请改为运行一个命令（&apos;fitplanner --help&apos; 列出所有命令），启动 X 服务器，或用 DISPLAY 或 QT_QPA_PLATFORM 选择其他显示或 Qt 平台（例如 QT_QPA_PLATFORM=offscreen）。</translation>
    </message>
    <message>
        <location filename="../../app/gui.cpp" line="329"/>
        <source>there is no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set). Run a command instead (&apos;fitplanner --help&apos; lists them), or choose a display or a Qt platform with QT_QPA_PLATFORM (for example QT_QPA_PLATFORM=offscreen).</source>
        <translation>没有可打开窗口的显示器（未设置 DISPLAY 和 WAYLAND_DISPLAY）。请改为运行一个命令（“fitplanner --help”列出所有命令），或用 QT_QPA_PLATFORM 选择显示器或 Qt 平台（例如 QT_QPA_PLATFORM=offscreen）。</translation>
    </message>
</context>
<context>
    <name>HardwarePanel</name>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="39"/>
        <source> (%1 free)</source>
        <translation> （空闲 %1）</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="290"/>
        <source>No hardware to plan for: %1</source>
        <translation>没有可规划的硬件：%1</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="299"/>
        <source>%1x %2</source>
        <translation>%1× %2</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="302"/>
        <source>no GPU</source>
        <translation>无 GPU</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="305"/>
        <source>RAM %1 (%2 free)</source>
        <translation>内存 %1（空闲 %2）</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="307"/>
        <source>RAM %1</source>
        <translation>内存 %1</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="310"/>
        <source>Detected: %1</source>
        <translation>检测到：%1</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="311"/>
        <source>Detecting hardware... planning for %1</source>
        <translation>正在检测硬件… 暂按 %1 规划</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="313"/>
        <source>What-if: %1</source>
        <translation>假设：%1</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="317"/>
        <source>Entered by hand: %1</source>
        <translation>手动输入：%1</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="333"/>
        <source>Detecting hardware...</source>
        <translation>正在检测硬件…</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="337"/>
        <source>Not detected yet.</source>
        <translation>尚未检测。</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="340"/>
        <source>Detecting hardware again...</source>
        <translation>正在重新检测硬件…</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="340"/>
        <source>This machine:</source>
        <translation>本机：</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="345"/>
        <source>, %1 GB/s</source>
        <translation>，%1 GB/s</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="347"/>
        <source>, unified memory</source>
        <translation>，统一内存</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="351"/>
        <source>No GPU found: models run on the CPU.</source>
        <translation>未发现 GPU：模型将在 CPU 上运行。</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="354"/>
        <source>System RAM %1 (%2 available)</source>
        <translation>系统内存 %1（可用 %2）</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="356"/>
        <source>System RAM %1</source>
        <translation>系统内存 %1</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="358"/>
        <source>System RAM: could not be read</source>
        <translation>系统内存：无法读取</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="361"/>
        <source>CPU %1, %2 threads</source>
        <translation>CPU %1，%2 线程</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="362"/>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="364"/>
        <source>Measuring this machine&apos;s memory and CPU...</source>
        <translation>正在测量本机的内存和 CPU…</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="367"/>
        <source>Measured: memory read %1 GB/s with %2 threads; %3 billion int8 multiply-adds/s per thread (%4)</source>
        <translation>已测量：%2 个线程内存读取 %1 GB/s；每线程每秒 %3 十亿次 int8 乘加（%4）</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="373"/>
        <source>CPU not measured: CPU speeds assume typical figures</source>
        <translation>CPU 尚未测量：CPU 速度按典型数值估算</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="375"/>
        <source>Note: %1</source>
        <translation>注：%1</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="382"/>
        <source>&amp;Hardware:</source>
        <translation>硬件(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="383"/>
        <source>This machine (detected)</source>
        <translation>本机（自动检测）</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="384"/>
        <source>What if I had...</source>
        <translation>假设我有…</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="385"/>
        <source>Entered by hand</source>
        <translation>手动输入</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="386"/>
        <source>Hardware to plan for</source>
        <translation>用于规划的硬件</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="387"/>
        <source>Detected: this machine; What if: GPUs from the catalog; Entered by hand: the memory in the scenario above</source>
        <translation>检测：本机；假设：目录中的 GPU；手动输入：上方场景中的内存</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="389"/>
        <source>Detect &amp;again</source>
        <translation>重新检测(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="390"/>
        <source>&amp;Measure this machine</source>
        <translation>测量本机(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="391"/>
        <source>Measure memory bandwidth and CPU speed (under 2 s) for the speed estimates</source>
        <translation>测量内存带宽和 CPU 速度（不到 2 秒），用于速度估算</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="392"/>
        <source>&amp;GPU:</source>
        <translation>GPU(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="393"/>
        <source>&amp;Count:</source>
        <translation>数量(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="394"/>
        <source>System &amp;RAM:</source>
        <translation>系统内存(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="395"/>
        <source>Detected devices</source>
        <translation>检测到的设备</translation>
    </message>
    <message>
        <location filename="../../views/hardwarepanel.cpp" line="396"/>
        <source>Planning for the GPU memory and system RAM entered in the scenario above.</source>
        <translation>按上方场景中输入的 GPU 显存和系统内存进行规划。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../views/mainwindow.cpp" line="366"/>
        <source>About FitPlanner</source>
        <translation>关于 FitPlanner</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="1053"/>
        <source>&lt;p&gt;&lt;b&gt;FitPlanner %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Will this open-weights model run on your hardware? FitPlanner estimates weights, KV cache, activations and runtime overhead from the model&apos;s own dimensions and the engine&apos;s allocation rules. Hover any number to see how it was computed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;FitPlanner %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;这个开放权重模型能在你的硬件上运行吗？FitPlanner 根据模型自身的维度和推理引擎的分配规则，估算权重、KV 缓存、激活和运行时开销。将鼠标悬停在任意数字上即可查看其计算方式。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="371"/>
        <source>FitPlanner</source>
        <translation>FitPlanner</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="372"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="375"/>
        <source>&amp;Export report...</source>
        <translation>导出报告(&amp;E)...</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="376"/>
        <source>Export &amp;chart...</source>
        <translation>导出图表(&amp;C)...</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="377"/>
        <source>Copy report to the clip&amp;board</source>
        <translation>复制报告到剪贴板(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="380"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="381"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="382"/>
        <source>Stop reading the model file</source>
        <translation>停止读取模型文件</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="383"/>
        <source>&amp;Model</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="384"/>
        <source>&amp;Add custom model...</source>
        <translation>添加自定义模型(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="385"/>
        <source>Add a model from its config.json or from its dimensions</source>
        <translation>从模型的 config.json 或其尺寸参数添加模型</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="386"/>
        <source>&amp;Remove custom model</source>
        <translation>移除自定义模型(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="387"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="388"/>
        <source>&amp;Units</source>
        <translation>单位(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="389"/>
        <source>GiB (binary, as drivers report)</source>
        <translation>GiB（二进制，与驱动报告一致）</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="390"/>
        <source>GB (decimal)</source>
        <translation>GB（十进制）</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="391"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="392"/>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="393"/>
        <source>&amp;Scenarios</source>
        <translation>场景(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="394"/>
        <source>&amp;Save scenario...</source>
        <translation>保存场景(&amp;S)...</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="395"/>
        <source>&amp;Open scenario</source>
        <translation>打开场景(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="396"/>
        <source>&amp;Compare scenarios...</source>
        <translation>对比场景(&amp;C)...</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="397"/>
        <source>&amp;Delete scenario</source>
        <translation>删除场景(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="398"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="399"/>
        <source>&amp;How is this computed?</source>
        <translation>这是如何计算的？(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="400"/>
        <source>&amp;About FitPlanner</source>
        <translation>关于 FitPlanner(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="401"/>
        <source>Quantizations</source>
        <translation>量化方案</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="402"/>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="407"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="408"/>
        <source>Memory &amp;breakdown (hover a row for the arithmetic)</source>
        <translation>内存明细(&amp;B)（悬停在某一行上查看计算过程）</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="409"/>
        <source>Memory breakdown</source>
        <translation>内存明细</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="410"/>
        <source>Memory by quantization table</source>
        <translation>各量化方案内存表</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="411"/>
        <source>Model catalog</source>
        <translation>模型目录</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="582"/>
        <source>Opening cancelled</source>
        <translation>已取消打开</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="758"/>
        <source>There is no estimate to export: %1</source>
        <translation>没有可导出的估算：%1</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="781"/>
        <source>%1: cannot be written: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="786"/>
        <source>the name must end in .png or .svg</source>
        <translation>文件名必须以 .png 或 .svg 结尾</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="791"/>
        <location filename="../../views/mainwindow.cpp" line="800"/>
        <source>the image could not be encoded</source>
        <translation>无法编码图像</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="811"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="812"/>
        <source>CSV, one row per figure (*.csv)</source>
        <translation>CSV，每个数字一行 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="813"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="815"/>
        <location filename="../../views/mainwindow.cpp" line="827"/>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="829"/>
        <location filename="../../views/mainwindow.cpp" line="849"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="834"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="835"/>
        <source>SVG image (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="837"/>
        <location filename="../../views/mainwindow.cpp" line="847"/>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="859"/>
        <source>Saved scenarios: %1</source>
        <translation>已保存场景：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/mainwindow.cpp" line="860"/>
        <location filename="../../views/mainwindow.cpp" line="874"/>
        <source> (and %n more problem(s))</source>
        <translation>
            <numerusform>（另有 %n 个问题）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="873"/>
        <source>Custom models: %1</source>
        <translation>自定义模型：%1</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="929"/>
        <source>Add custom model</source>
        <translation>添加自定义模型</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="942"/>
        <location filename="../../views/mainwindow.cpp" line="949"/>
        <source>Remove custom model</source>
        <translation>移除自定义模型</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="943"/>
        <source>Remove the custom model %1 (%2)? Its entry is deleted from %3; a backup of the file is kept.</source>
        <translation>移除自定义模型 %1（%2）？其条目将从 %3 中删除；文件会保留一份备份。</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="974"/>
        <source>Open scenario</source>
        <translation>打开场景</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="980"/>
        <source>Delete scenario</source>
        <translation>删除场景</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="1007"/>
        <source>No saved scenario is named %1</source>
        <translation>没有名为 %1 的已保存场景</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="1011"/>
        <source>%1: the model &quot;%2&quot; is not in the catalog</source>
        <translation>%1：模型“%2”不在目录中</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="1027"/>
        <location filename="../../views/mainwindow.cpp" line="1031"/>
        <location filename="../../views/mainwindow.cpp" line="1036"/>
        <source>Save scenario</source>
        <translation>保存场景</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="1027"/>
        <source>Name of the scenario:</source>
        <translation>场景名称：</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="1031"/>
        <source>Replace the saved scenario %1?</source>
        <translation>替换已保存的场景 %1？</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="1057"/>
        <source>&lt;p&gt;FitPlanner&apos;s source code is free software under the MIT licence. It is built with Qt %1 (Qt Core, Gui, Widgets, Concurrent and SVG under the LGPL 3; Qt Charts under the GPL 3) and nlohmann/json (MIT licence). Because it links Qt Charts, the program as built and distributed is covered by the GPL 3. The model configurations of the catalog are their publishers&apos; published config.json files; each model names its own licence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;FitPlanner 的源代码是 MIT 许可证下的自由软件。它使用 Qt %1 构建（Qt Core、Gui、Widgets、Concurrent 和 SVG 采用 LGPL 3；Qt Charts 采用 GPL 3）以及 nlohmann/json（MIT 许可证）。由于链接了 Qt Charts，构建和分发的程序整体受 GPL 3 约束。目录中的模型配置是各发布者公开的 config.json 文件；每个模型注明其自己的许可证。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="1083"/>
        <source>How is this computed?</source>
        <translation>这是如何计算的？</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="1089"/>
        <source>One component with its formula and the engine&apos;s source, or the whole report</source>
        <translation>单个组成部分及其公式和引擎源码位置，或整份报告</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="1090"/>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="1095"/>
        <source>The whole report</source>
        <translation>整份报告</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="1105"/>
        <source>Every formula is described in the memory model and planning documents of FitPlanner&apos;s sources (docs/memory-model.md and docs/planning.md).</source>
        <translation>所有公式都在 FitPlanner 源码中的内存模型和规划文档里说明（docs/memory-model.md 和 docs/planning.md）。</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="1107"/>
        <source>Every formula is described in the [memory model](%1) and the [planning](%2) documents.</source>
        <translation>所有公式都在[内存模型](%1)和[规划](%2)文档中说明。</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="282"/>
        <source>Open model file</source>
        <translation>打开模型文件</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/mainwindow.cpp" line="95"/>
        <source>(and %n more lines)</source>
        <translation>
            <numerusform>（另有 %n 行）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="161"/>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="282"/>
        <source>Model files (*.gguf *.safetensors);;All files (*)</source>
        <translation>模型文件 (*.gguf *.safetensors);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="287"/>
        <source>Open model folder</source>
        <translation>打开模型文件夹</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="305"/>
        <source>The report is on the clipboard, as Markdown</source>
        <translation>报告已以 Markdown 格式复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="373"/>
        <source>&amp;Open model file...</source>
        <translation>打开模型文件(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="374"/>
        <source>Open model &amp;folder...</source>
        <translation>打开模型文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="378"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="403"/>
        <source>Placement</source>
        <translation>放置</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="404"/>
        <source>What can I run?</source>
        <translation>我能运行什么？</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="406"/>
        <source>Hardware</source>
        <translation>硬件</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="464"/>
        <source>Placement: no plan (%1)</source>
        <translation>放置：无方案（%1）</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="467"/>
        <source>Placement on this hardware: %1</source>
        <translation>在此硬件上的放置：%1</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="469"/>
        <source>, about %1 tokens/s</source>
        <translation>，约 %1 tokens/s</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="471"/>
        <source>, short by %1</source>
        <translation>，缺少 %1</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="535"/>
        <source>Cannot plan for %1</source>
        <translation>无法为 %1 规划</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="552"/>
        <source>Opening %1...</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="614"/>
        <source>Cannot open model file</source>
        <translation>无法打开模型文件</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="615"/>
        <source>Cannot open %1:
%2</source>
        <translation>无法打开 %1：
%2</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="642"/>
        <source>Clear list</source>
        <translation>清除列表</translation>
    </message>
</context>
<context>
    <name>MemoryChartWidget</name>
    <message>
        <location filename="../../views/memorychartwidget.cpp" line="88"/>
        <location filename="../../views/memorychartwidget.cpp" line="324"/>
        <source>Memory by quantization chart</source>
        <translation>各量化方案内存图</translation>
    </message>
    <message>
        <location filename="../../views/memorychartwidget.cpp" line="111"/>
        <location filename="../../views/memorychartwidget.cpp" line="327"/>
        <source>Memory by context length chart</source>
        <translation>内存随上下文长度变化图</translation>
    </message>
    <message>
        <location filename="../../views/memorychartwidget.cpp" line="316"/>
        <source>Memory (%1)</source>
        <translation>内存（%1）</translation>
    </message>
    <message>
        <location filename="../../views/memorychartwidget.cpp" line="318"/>
        <source>Context length (tokens per sequence)</source>
        <translation>上下文长度（每个序列的词元数）</translation>
    </message>
    <message>
        <location filename="../../views/memorychartwidget.cpp" line="323"/>
        <source>Memory by quantization</source>
        <translation>各量化方案的内存</translation>
    </message>
    <message>
        <location filename="../../views/memorychartwidget.cpp" line="326"/>
        <source>Memory by context length</source>
        <translation>内存随上下文长度的变化</translation>
    </message>
    <message>
        <location filename="../../views/memorychartwidget.cpp" line="332"/>
        <source>Current context</source>
        <translation>当前上下文</translation>
    </message>
    <message>
        <location filename="../../views/memorychartwidget.cpp" line="335"/>
        <source>GPU %1</source>
        <translation>显存 %1</translation>
    </message>
    <message>
        <location filename="../../views/memorychartwidget.cpp" line="337"/>
        <source>GPU + RAM %1</source>
        <translation>显存 + 内存 %1</translation>
    </message>
</context>
<context>
    <name>PlacementPanel</name>
    <message>
        <location filename="../../views/placementpanel.cpp" line="137"/>
        <source>No plan: %1</source>
        <translation>无方案：%1</translation>
    </message>
    <message>
        <location filename="../../views/placementpanel.cpp" line="145"/>
        <source> with %1 to spare</source>
        <translation>，余量 %1</translation>
    </message>
    <message>
        <location filename="../../views/placementpanel.cpp" line="147"/>
        <source>: short by %1</source>
        <translation>：缺少 %1</translation>
    </message>
    <message>
        <location filename="../../views/placementpanel.cpp" line="149"/>
        <source>compute-bound</source>
        <translation>受计算限制</translation>
    </message>
    <message>
        <location filename="../../views/placementpanel.cpp" line="150"/>
        <source>bound by PCIe transfers</source>
        <translation>受 PCIe 传输限制</translation>
    </message>
    <message>
        <location filename="../../views/placementpanel.cpp" line="151"/>
        <source>memory-bound</source>
        <translation>受内存带宽限制</translation>
    </message>
    <message>
        <location filename="../../views/placementpanel.cpp" line="154"/>
        <source> &amp;mdash; about %1 tokens/s (%2)</source>
        <translation> —— 约 %1 tokens/s（%2）</translation>
    </message>
    <message>
        <location filename="../../views/placementpanel.cpp" line="158"/>
        <source>, %1 s to read a %2-token prompt (%3)</source>
        <translation>，读取 %2 token 的提示约需 %1 秒（%3）</translation>
    </message>
    <message>
        <location filename="../../views/placementpanel.cpp" line="182"/>
        <source>Computing what %1 users at once get...</source>
        <translation>正在计算 %1 个用户同时使用的情况...</translation>
    </message>
    <message>
        <location filename="../../views/placementpanel.cpp" line="189"/>
        <source>No serving estimate: %1</source>
        <translation>无服务估算：%1</translation>
    </message>
    <message>
        <location filename="../../views/placementpanel.cpp" line="194"/>
        <source>%1 of %2 users fit at once (sequences of %3 tokens; at most %4)</source>
        <translation>%2 个用户中可同时容纳 %1 个（序列长 %3 词元；最多 %4 个）</translation>
    </message>
    <message>
        <location filename="../../views/placementpanel.cpp" line="200"/>
        <source>: %1 tokens/s each, %2 tokens/s in all</source>
        <translation>：每个 %1 词元/秒，总计 %2 词元/秒</translation>
    </message>
    <message>
        <location filename="../../views/placementpanel.cpp" line="204"/>
        <source>; first token of a %1-token prompt after %2 s (%3 s while the others decode)</source>
        <translation>；%1 词元提示的首词元在 %2 秒后生成（其他序列解码时为 %3 秒）</translation>
    </message>
    <message>
        <location filename="../../views/placementpanel.cpp" line="215"/>
        <source>&amp;Users:</source>
        <translation>用户数(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../views/placementpanel.cpp" line="216"/>
        <source>Concurrent users, each a sequence of the scenario&apos;s context: how many fit at once (vLLM&apos;s KV pool, llama-server&apos;s slots), their speed and the time to the first token</source>
        <translation>并发用户数，每个用户为一个场景上下文长度的序列：可同时容纳多少个（vLLM 的 KV 池、llama-server 的槽位）、它们的速度以及首词元时间</translation>
    </message>
    <message>
        <location filename="../../views/placementpanel.cpp" line="218"/>
        <source>Engine &amp;command that runs this plan:</source>
        <translation>运行此方案的引擎命令(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../views/placementpanel.cpp" line="219"/>
        <source>Cop&amp;y</source>
        <translation>复制(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../views/placementpanel.cpp" line="220"/>
        <source>Copy the command to the clipboard</source>
        <translation>将命令复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../../views/placementpanel.cpp" line="221"/>
        <source>Placement per device</source>
        <translation>各设备的放置</translation>
    </message>
    <message>
        <location filename="../../views/placementpanel.cpp" line="222"/>
        <source>Engine command</source>
        <translation>引擎命令</translation>
    </message>
</context>
<context>
    <name>Planner::AppleSysctlProbe</name>
    <message>
        <location filename="../../model/hardware/applesysctlprobe.cpp" line="65"/>
        <source>sysctl is not available on this system</source>
        <translation>此系统上没有 sysctl</translation>
    </message>
    <message>
        <location filename="../../model/hardware/applesysctlprobe.cpp" line="70"/>
        <source>sysctl hw.memsize cannot be read: unified memory is unknown</source>
        <translation>无法读取 sysctl hw.memsize：统一内存大小未知</translation>
    </message>
    <message>
        <location filename="../../model/hardware/applesysctlprobe.cpp" line="81"/>
        <source>&apos;%1&apos; is not Apple silicon: no unified-memory GPU is counted</source>
        <translation>&apos;%1&apos; 不是 Apple 芯片：不计入统一内存 GPU</translation>
    </message>
    <message>
        <location filename="../../model/hardware/applesysctlprobe.cpp" line="92"/>
        <source>iogpu.wired_limit_mb = %1: the GPU may wire %2 bytes of the %3 bytes of unified memory</source>
        <translation>iogpu.wired_limit_mb = %1：GPU 最多可锁定统一内存 %3 字节中的 %2 字节</translation>
    </message>
    <message>
        <location filename="../../model/hardware/applesysctlprobe.cpp" line="99"/>
        <source>iogpu.wired_limit_mb is %1: macOS lets the GPU wire its default share of unified memory, %2 bytes of %3 (2/3 up to 36 GiB, 3/4 above; raise it with sudo sysctl iogpu.wired_limit_mb=N)</source>
        <translation>iogpu.wired_limit_mb 为 %1：macOS 允许 GPU 锁定其默认份额的统一内存，即 %3 字节中的 %2 字节（36 GiB 及以下为 2/3，以上为 3/4；可用 sudo sysctl iogpu.wired_limit_mb=N 提高）</translation>
    </message>
    <message>
        <location filename="../../model/hardware/applesysctlprobe.cpp" line="103"/>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
</context>
<context>
    <name>Planner::BoundedJson</name>
    <message>
        <location filename="../../model/io/boundedjson.cpp" line="183"/>
        <source>is not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../model/io/boundedjson.cpp" line="168"/>
        <source>is not valid JSON (truncated or malformed)</source>
        <translation>不是有效的 JSON（被截断或格式错误）</translation>
    </message>
    <message>
        <location filename="../../model/io/boundedjson.cpp" line="178"/>
        <source>holds more values than a file of its size plausibly needs (over %1 bytes once parsed)</source>
        <translation>包含的值多于该大小的文件合理所需（解析后超过 %1 字节）</translation>
    </message>
    <message>
        <location filename="../../model/io/boundedjson.cpp" line="173"/>
        <source>nests arrays and objects deeper than %1 levels</source>
        <translation>数组和对象的嵌套超过 %1 层</translation>
    </message>
</context>
<context>
    <name>Planner::BreakdownModel</name>
    <message>
        <location filename="../../model/items/breakdownmodel.cpp" line="76"/>
        <source>Weights + KV cache + recurrent state + activations + overhead</source>
        <translation>权重 + KV 缓存 + 循环状态 + 激活 + 开销</translation>
    </message>
    <message>
        <location filename="../../model/items/breakdownmodel.cpp" line="78"/>
        <location filename="../../model/items/breakdownmodel.cpp" line="93"/>
        <source>Weights + KV cache + activations + overhead</source>
        <translation>权重 + KV 缓存 + 激活 + 开销</translation>
    </message>
    <message>
        <location filename="../../model/items/breakdownmodel.cpp" line="109"/>
        <source>Recurrent state</source>
        <translation>循环状态</translation>
    </message>
    <message>
        <location filename="../../model/items/breakdownmodel.cpp" line="115"/>
        <source>exact</source>
        <translation>精确值</translation>
    </message>
    <message>
        <location filename="../../model/items/breakdownmodel.cpp" line="116"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location filename="../../model/items/breakdownmodel.cpp" line="159"/>
        <source>Component</source>
        <translation>组成部分</translation>
    </message>
    <message>
        <location filename="../../model/items/breakdownmodel.cpp" line="161"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../model/items/breakdownmodel.cpp" line="163"/>
        <source>Range</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../model/items/breakdownmodel.cpp" line="165"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
</context>
<context>
    <name>Planner::Component</name>
    <message>
        <location filename="../../model/items/fitverdict.cpp" line="20"/>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../model/items/fitverdict.cpp" line="22"/>
        <source>KV cache</source>
        <translation>KV 缓存</translation>
    </message>
    <message>
        <location filename="../../model/items/fitverdict.cpp" line="24"/>
        <source>Activations</source>
        <translation>激活</translation>
    </message>
    <message>
        <location filename="../../model/items/fitverdict.cpp" line="26"/>
        <source>Overhead</source>
        <translation>开销</translation>
    </message>
    <message>
        <location filename="../../model/items/fitverdict.cpp" line="28"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>Planner::ContextSweepModel</name>
    <message numerus="yes">
        <location filename="../../model/items/contextsweepmodel.cpp" line="87"/>
        <source>%n token(s) per sequence</source>
        <translation>
            <numerusform>每个序列 %n 个词元</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../model/items/contextsweepmodel.cpp" line="106"/>
        <source>%1 at %2 tokens: %3</source>
        <translation>%1（%2 个词元）：%3</translation>
    </message>
    <message>
        <location filename="../../model/items/contextsweepmodel.cpp" line="136"/>
        <source>Recurrent state</source>
        <translation>循环状态</translation>
    </message>
    <message>
        <location filename="../../model/items/contextsweepmodel.cpp" line="143"/>
        <source>Context (tokens)</source>
        <translation>上下文（词元）</translation>
    </message>
</context>
<context>
    <name>Planner::CpuCalibration</name>
    <message>
        <location filename="../../model/hardware/cpucalibration.cpp" line="302"/>
        <source>calibration: %1 is missing or out of range</source>
        <translation>校准数据：%1 缺失或超出范围</translation>
    </message>
</context>
<context>
    <name>Planner::CpuInfoProbe</name>
    <message>
        <location filename="../../model/hardware/cpuinfoprobe.cpp" line="31"/>
        <source>%1 cannot be read (%2): the CPU is unknown</source>
        <translation>无法读取 %1（%2）：CPU 未知</translation>
    </message>
    <message>
        <location filename="../../model/hardware/cpuinfoprobe.cpp" line="77"/>
        <source>%1 names no CPU model</source>
        <translation>%1 未给出 CPU 型号</translation>
    </message>
    <message>
        <location filename="../../model/hardware/cpuinfoprobe.cpp" line="79"/>
        <source>%1 lists no processors: the core count is unknown</source>
        <translation>%1 未列出任何处理器：核心数未知</translation>
    </message>
</context>
<context>
    <name>Planner::CustomModelStore</name>
    <message>
        <location filename="../../model/io/custommodelstore.cpp" line="57"/>
        <source>id &quot;%1&quot;: use 1 to %2 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>id &quot;%1&quot;：请使用 1 到 %2 个字母、数字、&apos;.&apos;、&apos;_&apos; 或 &apos;-&apos;，并以字母或数字开头</translation>
    </message>
    <message>
        <location filename="../../model/io/custommodelstore.cpp" line="61"/>
        <source>id &quot;%1&quot;: a built-in model has this id; choose another</source>
        <translation>id &quot;%1&quot;：已有内置模型使用此 id；请另选一个</translation>
    </message>
    <message>
        <location filename="../../model/io/custommodelstore.cpp" line="63"/>
        <source>id &quot;%1&quot;: a custom model has this id already; remove it first</source>
        <translation>id &quot;%1&quot;：已有自定义模型使用此 id；请先将其移除</translation>
    </message>
    <message>
        <location filename="../../model/io/custommodelstore.cpp" line="66"/>
        <source>id &quot;%1&quot;: it names the built-in model %2; choose another</source>
        <translation>id &quot;%1&quot;：与内置模型 %2 的名称相同；请另选一个</translation>
    </message>
    <message>
        <location filename="../../model/io/custommodelstore.cpp" line="68"/>
        <source>name: longer than %1 characters</source>
        <translation>名称：超过 %1 个字符</translation>
    </message>
    <message>
        <location filename="../../model/io/custommodelstore.cpp" line="70"/>
        <source>name &quot;%1&quot;: it names the built-in model %2; choose another</source>
        <translation>名称 &quot;%1&quot;：与内置模型 %2 的名称相同；请另选一个</translation>
    </message>
    <message>
        <location filename="../../model/io/custommodelstore.cpp" line="144"/>
        <source>%1: not JSON (%2)</source>
        <translation>%1：不是 JSON（%2）</translation>
    </message>
    <message>
        <location filename="../../model/io/custommodelstore.cpp" line="146"/>
        <source>%1: no &quot;models&quot; list</source>
        <translation>%1：缺少 &quot;models&quot; 列表</translation>
    </message>
    <message>
        <location filename="../../model/io/custommodelstore.cpp" line="150"/>
        <source>; the file is kept as it is and moved aside at the next change</source>
        <translation>；文件保持原样，并将在下次更改时移到一旁</translation>
    </message>
    <message>
        <location filename="../../model/io/custommodelstore.cpp" line="154"/>
        <source>%1: written by a newer FitPlanner (schema %2); reading the fields this version knows</source>
        <translation>%1：由更新版本的 FitPlanner 写入（schema %2）；仅读取此版本识别的字段</translation>
    </message>
    <message>
        <location filename="../../model/io/custommodelstore.cpp" line="164"/>
        <source>%1: more than %2 custom models; the rest are skipped</source>
        <translation>%1：自定义模型超过 %2 个；其余的已跳过</translation>
    </message>
    <message>
        <location filename="../../model/io/custommodelstore.cpp" line="178"/>
        <source>%1: not an object</source>
        <translation>%1：不是对象</translation>
    </message>
    <message>
        <location filename="../../model/io/custommodelstore.cpp" line="181"/>
        <source>%1: the entry is skipped and kept in the file as it is</source>
        <translation>%1：已跳过该条目，并在文件中原样保留</translation>
    </message>
    <message>
        <location filename="../../model/io/custommodelstore.cpp" line="233"/>
        <source>There are %1 custom models already; remove some first</source>
        <translation>已有 %1 个自定义模型；请先移除一些</translation>
    </message>
    <message>
        <location filename="../../model/io/custommodelstore.cpp" line="261"/>
        <source>&quot;%1&quot; is not a custom model</source>
        <translation>&quot;%1&quot; 不是自定义模型</translation>
    </message>
    <message>
        <location filename="../../model/io/custommodelstore.cpp" line="280"/>
        <source>%1 could not be read and cannot be moved aside to %2; it is left as it is</source>
        <translation>%1 无法读取，也无法移到 %2；已保持原样</translation>
    </message>
    <message>
        <location filename="../../model/io/custommodelstore.cpp" line="286"/>
        <source>%1 could not be read; it was moved to %2</source>
        <translation>%1 无法读取；已将其移到 %2</translation>
    </message>
    <message>
        <location filename="../../model/io/custommodelstore.cpp" line="291"/>
        <source>%1: no backup could be made at %2; the file is left as it is</source>
        <translation>%1：无法在 %2 创建备份；文件保持原样</translation>
    </message>
    <message>
        <location filename="../../model/io/custommodelstore.cpp" line="302"/>
        <source>%1: cannot be written: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
</context>
<context>
    <name>Planner::DisplayText</name>
    <message numerus="yes">
        <location filename="../../model/io/displaytext.cpp" line="71"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 以及另外 %n 个</numerusform>
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
        <translation>MLX（Apple）</translation>
    </message>
</context>
<context>
    <name>Planner::EngineCommand</name>
    <message>
        <location filename="../../model/plan/enginecommand.cpp" line="102"/>
        <source># llama-quantize has no file type %1: write %2 with the tool that makes that format</source>
        <translation># llama-quantize 没有文件类型 %1：请用生成该格式的工具写出 %2</translation>
    </message>
    <message>
        <location filename="../../model/plan/enginecommand.cpp" line="177"/>
        <source># no mlx-community %1 conversion of %2 is known: convert it first</source>
        <translation># 未知 %2 的 mlx-community %1 转换版本：请先转换</translation>
    </message>
    <message>
        <location filename="../../model/plan/enginecommand.cpp" line="184"/>
        <source># no published %1 checkpoint of %2 is known: quantize it into %3 first (AutoAWQ, GPTQModel or llm-compressor), then run:</source>
        <translation># 未知 %2 已发布的 %1 检查点：请先将其量化到 %3（AutoAWQ、GPTQModel 或 llm-compressor），然后运行：</translation>
    </message>
    <message>
        <location filename="../../model/plan/enginecommand.cpp" line="242"/>
        <source># Python (transformers): loads the weights as planned; device_map=&quot;auto&quot; fills the GPUs, then CPU memory</source>
        <translation># Python（transformers）：按规划加载权重；device_map=&quot;auto&quot; 先占满 GPU，再使用 CPU 内存</translation>
    </message>
    <message>
        <location filename="../../model/plan/enginecommand.cpp" line="435"/>
        <source># in LM Studio&apos;s load settings set &quot;Number of layers for which to force MoE weights onto CPU&quot; to %1</source>
        <translation># 在 LM Studio 的加载设置中把 &quot;Number of layers for which to force MoE weights onto CPU&quot; 设为 %1</translation>
    </message>
</context>
<context>
    <name>Planner::EstimateSession</name>
    <message>
        <location filename="../../model/items/estimatesession.cpp" line="168"/>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <location filename="../../model/items/estimatesession.cpp" line="444"/>
        <source>the opened file&apos;s own tensors: %1</source>
        <translation>所打开文件自身的张量：%1</translation>
    </message>
    <message>
        <location filename="../../model/items/estimatesession.cpp" line="457"/>
        <source>re-quantize the file to %1: %2</source>
        <translation>将文件重新量化为 %1：%2</translation>
    </message>
    <message>
        <location filename="../../model/items/estimatesession.cpp" line="527"/>
        <source>in system RAM</source>
        <translation>在系统内存中</translation>
    </message>
    <message>
        <location filename="../../model/items/estimatesession.cpp" line="529"/>
        <source>Try %1: needs %2 (%3)</source>
        <translation>试试 %1：需要 %2（%3）</translation>
    </message>
    <message>
        <location filename="../../model/items/estimatesession.cpp" line="535"/>
        <source>Even %1, the smallest compared quantization, needs %2: choose a smaller model or more memory</source>
        <translation>即使是对比中最小的量化方案 %1 也需要 %2：请选择更小的模型或增加内存</translation>
    </message>
</context>
<context>
    <name>Planner::FitPlan</name>
    <message>
        <location filename="../../model/plan/fitplan.cpp" line="35"/>
        <source>Fits on the GPU</source>
        <translation>可完全放入 GPU</translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplan.cpp" line="37"/>
        <source>Fits with CPU offload</source>
        <translation>需 CPU 卸载才能运行</translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplan.cpp" line="39"/>
        <source>Fits in system RAM only</source>
        <translation>只能放入系统内存</translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplan.cpp" line="43"/>
        <source>Does not fit</source>
        <translation>放不下</translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplan.cpp" line="64"/>
        <source>Tight on the GPU</source>
        <translation>GPU 上余量紧张</translation>
    </message>
</context>
<context>
    <name>Planner::FitPlanner</name>
    <message>
        <location filename="../../model/plan/speedmodel.cpp" line="657"/>
        <source>%1 has no known bandwidth or FP16 rate: no speed is estimated (choose it in the GPU catalog)</source>
        <translation>%1 没有已知的带宽或 FP16 算力：不估算速度（请在 GPU 目录中选择它）</translation>
    </message>
    <message>
        <location filename="../../model/plan/speedmodel.cpp" line="545"/>
        <source>; the CPU part assumes %1 GB/s RAM bandwidth unless measured and %2 TFLOPS</source>
        <translation>；CPU 部分假定内存带宽为 %1 GB/s（除非已测量）和 %2 TFLOPS</translation>
    </message>
    <message>
        <location filename="../../model/plan/speedmodel.cpp" line="466"/>
        <source>%1 [measured on this machine]: %2 per token at %3 GB/s streamed through the matrix-vector kernel (%4 threads); per thread %5 billion multiply-adds/s times a vector, %6 in prefill tiles (%7 kernels, %8); %9 us per layer</source>
        <translation>%1 [在本机测量]：每个 token %2，经矩阵-向量内核流式读取 %3 GB/s（%4 个线程）；每线程矩阵乘向量每秒 %5 十亿次乘加，预填充分块 %6（%7 内核，%8）；每层 %9 微秒</translation>
    </message>
    <message>
        <location filename="../../model/plan/speedmodel.cpp" line="474"/>
        <source>float</source>
        <translation>浮点</translation>
    </message>
    <message>
        <location filename="../../model/plan/speedmodel.cpp" line="474"/>
        <source>int8</source>
        <translation>int8</translation>
    </message>
    <message>
        <location filename="../../model/plan/speedmodel.cpp" line="475"/>
        <source>unknown instructions</source>
        <translation>未知指令集</translation>
    </message>
    <message>
        <location filename="../../model/plan/speedmodel.cpp" line="556"/>
        <source> Tensor parallel adds 2 all-reduces per layer and token, %1 us each.</source>
        <translation> 张量并行在每层每个词元增加 2 次 all-reduce，每次 %1 微秒。</translation>
    </message>
    <message>
        <location filename="../../model/plan/speedmodel.cpp" line="560"/>
        <source> Layers kept in RAM are prefilled on the GPU when that is faster, their weights streamed over PCIe at %1 GB/s once per micro-batch of %2 tokens.</source>
        <translation> 若更快，留在内存中的层会在 GPU 上预填充，其权重经 PCIe 以 %1 GB/s 传输，每 %2 个词元的微批次传输一次。</translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplanner.cpp" line="724"/>
        <source>%1 does not run on the %2 engine</source>
        <translation>%1 无法在 %2 引擎上运行</translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplanner.cpp" line="726"/>
        <source>node count %1 is out of range (1 to 1024)</source>
        <translation>节点数 %1 超出范围（1 到 1024）</translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplanner.cpp" line="730"/>
        <source>only vLLM / SGLang spread a model over several nodes (pipeline parallel)</source>
        <translation>只有 vLLM / SGLang 能将模型分布到多个节点上（流水线并行）</translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplanner.cpp" line="733"/>
        <source>GPU &apos;%1&apos; has no memory size</source>
        <translation>GPU &apos;%1&apos; 没有显存大小</translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplanner.cpp" line="343"/>
        <source>vLLM needs GPUs; none are available</source>
        <translation>vLLM 需要 GPU；当前没有可用的 GPU</translation>
    </message>
    <message>
        <location filename="../../model/plan/speedmodel.cpp" line="387"/>
        <source>GeForce (CUDA)</source>
        <translation>GeForce（CUDA）</translation>
    </message>
    <message>
        <location filename="../../model/plan/speedmodel.cpp" line="389"/>
        <source>NVIDIA workstation (CUDA)</source>
        <translation>NVIDIA 工作站卡（CUDA）</translation>
    </message>
    <message>
        <location filename="../../model/plan/speedmodel.cpp" line="391"/>
        <source>NVIDIA datacenter (CUDA)</source>
        <translation>NVIDIA 数据中心卡（CUDA）</translation>
    </message>
    <message>
        <location filename="../../model/plan/speedmodel.cpp" line="393"/>
        <source>NVIDIA Hopper / Blackwell datacenter (CUDA)</source>
        <translation>NVIDIA Hopper / Blackwell 数据中心卡（CUDA）</translation>
    </message>
    <message>
        <location filename="../../model/plan/speedmodel.cpp" line="395"/>
        <source>Apple silicon (Metal)</source>
        <translation>Apple 芯片（Metal）</translation>
    </message>
    <message>
        <location filename="../../model/plan/speedmodel.cpp" line="397"/>
        <source>Radeon (ROCm)</source>
        <translation>Radeon（ROCm）</translation>
    </message>
    <message>
        <location filename="../../model/plan/speedmodel.cpp" line="399"/>
        <source>Instinct (ROCm)</source>
        <translation>Instinct（ROCm）</translation>
    </message>
    <message>
        <location filename="../../model/plan/speedmodel.cpp" line="403"/>
        <source>other GPU (Vulkan)</source>
        <translation>其他 GPU（Vulkan）</translation>
    </message>
    <message>
        <location filename="../../model/plan/speedmodel.cpp" line="479"/>
        <source>%1: %2 per token at %3 GB/s, prefill at %4% of %5 TFLOPS</source>
        <translation>%1：每词元 %2，按 %3 GB/s；预填充按 %5 TFLOPS 的 %4%</translation>
    </message>
    <message>
        <location filename="../../model/plan/speedmodel.cpp" line="486"/>
        <source>%1 [%2]: %3 per token at %4% of %5 GB/s, %6 us per layer; prefill at %7% of %8 TFLOPS</source>
        <translation>%1［%2］：每词元 %3，按 %5 GB/s 的 %4%，每层 %6 微秒；预填充按 %8 TFLOPS 的 %7%</translation>
    </message>
    <message>
        <location filename="../../model/plan/speedmodel.cpp" line="498"/>
        <source> llama.cpp on GPUs (figures fitted to public llama-bench results per GPU class): %1 weights (%2 kernels) are read at %3% of the class&apos;s decode bandwidth and multiplied at %4% of its prefill rate; each token adds %5 ms of fixed costs (per layer, per expert and %6 ms per token).</source>
        <translation> llama.cpp 在 GPU 上（数值按 GPU 类别拟合自公开的 llama-bench 结果）：%1 权重（%2 内核）按该类解码带宽的 %3% 读取，按其预填充速率的 %4% 计算；每个词元另加 %5 毫秒固定开销（按层、按专家，以及每词元 %6 毫秒）。</translation>
    </message>
    <message>
        <location filename="../../model/plan/speedmodel.cpp" line="508"/>
        <source> The layer split hands each token from GPU to GPU %1 time(s), %2 ms each; prefill pipelines micro-batches of %3 tokens over the GPUs.</source>
        <translation> 按层切分时每个词元在 GPU 之间交接 %1 次，每次 %2 毫秒；预填充把 %3 个词元的微批次在各 GPU 间流水处理。</translation>
    </message>
    <message>
        <location filename="../../model/plan/speedmodel.cpp" line="514"/>
        <source> Routed experts are %1% of the active parameters; in prefill each expert multiplies about %2 tokens of a micro-batch and reaches %3% of the dense rate; decode walks all %4 experts of each expert matrix (%5 us each).</source>
        <translation> 路由专家占激活参数的 %1%；预填充时每个专家约处理微批次中的 %2 个词元，达到稠密速率的 %3%；解码时遍历每个专家矩阵的全部 %4 个专家（每个 %5 微秒）。</translation>
    </message>
    <message>
        <location filename="../../model/plan/speedmodel.cpp" line="535"/>
        <source>Decode reads the active weights and the whole KV cache once per token (at a full context of %1 tokens; %2 sequence(s) share each read): %3. Devices in sequence add their times; memory-bound kernels reach about %4% of peak bandwidth unless a device says otherwise. Prefill of %5 tokens: 2 x %6 active parameters x tokens at a share of each device&apos;s dense FP16 peak%7.</source>
        <translation>解码时每个词元读取一次激活权重和整个 KV 缓存（上下文满 %1 个词元时；%2 个序列共享每次读取）：%3。依次运行的设备时间相加；除非设备另有说明，受内存限制的内核约达到峰值带宽的 %4%。预填充 %5 个词元：2 × %6 个激活参数 × 词元数，按各设备稠密 FP16 峰值的一定比例%7。</translation>
    </message>
    <message>
        <location filename="../../model/plan/speedmodel.cpp" line="549"/>
        <source> Prefill adds %1 FLOPs of attention (each token attends to the tokens before it). Decode is %2-bound (each device takes the longer of reading its bytes and computing 2 x its active parameters x %3 token(s) at the prefill rate); prefill is %4-bound.</source>
        <translation> 预填充另需 %1 次注意力浮点运算（每个词元关注它之前的词元）。解码受%2限制（每个设备取读取其字节与按预填充速率计算 2 x 活跃参数 x %3 个词元两者中较长的时间）；预填充受%4限制。</translation>
    </message>
    <message>
        <location filename="../../model/plan/speedmodel.cpp" line="553"/>
        <location filename="../../model/plan/speedmodel.cpp" line="555"/>
        <source>compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <location filename="../../model/plan/speedmodel.cpp" line="553"/>
        <source>memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <location filename="../../model/plan/speedmodel.cpp" line="555"/>
        <source>transfer</source>
        <translation>传输</translation>
    </message>
    <message>
        <location filename="../../model/plan/speedmodel.cpp" line="705"/>
        <source> A step of %1 sequences reads %2 distinct routed experts per MoE layer on average (each token picks %3 of %4), %5x the experts of one token.</source>
        <translation> 一步 %1 个序列时，每个 MoE 层平均读取 %2 个不同的路由专家（每个词元从 %4 个中选 %3 个），是单个词元所用专家数的 %5x。</translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplanner.cpp" line="310"/>
        <source>vLLM refuses to start: one request of %1 tokens needs %2 of KV cache per GPU, more than the %3 available (gpu_memory_utilization x %4 - weights %5 - activation peak %6 - non-torch %7)</source>
        <translation>vLLM 无法启动：一个 %1 词元的请求在每块 GPU 上需要 %2 的 KV 缓存，超过可用的 %3（gpu_memory_utilization x %4 - 权重 %5 - 激活峰值 %6 - 非 torch 内存 %7）</translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplanner.cpp" line="320"/>
        <source>vLLM&apos;s KV pool holds %1 tokens: %2 sequences of %3 tokens at once, fewer than the %4 asked for</source>
        <translation>vLLM 的 KV 池容纳 %1 个词元：同时 %2 个 %3 词元的序列，少于所要求的 %4 个</translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplanner.cpp" line="327"/>
        <source>the CUDA context (%1) and CUDA graphs (%2) need more than the %3 gpu_memory_utilization leaves on each GPU: vLLM would run out of memory capturing them; lower the utilization or use --enforce-eager</source>
        <translation>CUDA 上下文（%1）和 CUDA 图（%2）所需超过 gpu_memory_utilization 在每块 GPU 上留出的 %3：vLLM 捕获它们时会内存不足；请降低利用率或使用 --enforce-eager</translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplanner.cpp" line="348"/>
        <source>tensor parallel size %1 would not divide the %2 attention heads / %3 KV heads; %4 of the %1 GPUs are used</source>
        <translation>张量并行大小 %1 无法整除 %2 个注意力头 / %3 个 KV 头；%1 个 GPU 中使用 %4 个</translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplanner.cpp" line="378"/>
        <source>%1 (node %2, rank %3)</source>
        <translation>%1（节点 %2，rank %3）</translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplanner.cpp" line="379"/>
        <source>%1 (rank %2)</source>
        <translation>%1（rank %2）</translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplanner.cpp" line="405"/>
        <source>%1 has %2 free but --gpu-memory-utilization %3 asks for %4: vLLM refuses to start</source>
        <translation>%1 有 %2 空闲，但 --gpu-memory-utilization %3 要求 %4：vLLM 拒绝启动</translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplanner.cpp" line="417"/>
        <source>vLLM does not fit: at least one GPU would need more than gpu_memory_utilization x its memory for weights, %1 KV cache and activations</source>
        <translation>vLLM 放不下：至少有一个 GPU 的权重、%1 KV 缓存和激活值需要超过 gpu_memory_utilization x 其显存</translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplanner.cpp" line="424"/>
        <source>pipeline parallel over %1 nodes runs vLLM on a Ray cluster spanning them</source>
        <translation>跨 %1 个节点的流水线并行需在横跨这些节点的 Ray 集群上运行 vLLM</translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplanner.cpp" line="442"/>
        <source>system RAM is unknown: nothing can be placed in CPU memory</source>
        <translation>系统内存未知：无法在 CPU 内存中放置任何内容</translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplanner.cpp" line="496"/>
        <source>transformers runs the %1 layers kept in RAM on the first GPU (accelerate&apos;s offload hooks): it keeps %2 free there for the largest of them and holds their KV cache; the snippet&apos;s max_memory makes device_map=&quot;auto&quot; place the layers as planned</source>
        <translation>transformers 在第一块 GPU 上运行保留在 RAM 中的 %1 层（accelerate 的卸载钩子）：它在该 GPU 上为其中最大的一层预留 %2 空闲空间，并存放它们的 KV 缓存；代码片段中的 max_memory 使 device_map=&quot;auto&quot; 按规划放置各层</translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplanner.cpp" line="533"/>
        <source>not even one layer fits on the GPU next to its compute buffer (%1) and runtime (%2)</source>
        <translation>GPU 上除计算缓冲区（%1）和运行时（%2）外，连一层都放不下</translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplanner.cpp" line="536"/>
        <source>CPU memory would need %1 but %2 is available</source>
        <translation>CPU 内存需要 %1，但只有 %2 可用</translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplanner.cpp" line="549"/>
        <source>%1 of %2 layers on the GPU(s): one more layer needs %3 (its weights) but the fullest GPU has %4 left</source>
        <translation>%2 层中有 %1 层在 GPU 上：再放一层需要 %3（其权重），但最满的 GPU 仅剩 %4</translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplanner.cpp" line="551"/>
        <source>%1 of %2 layers on the GPU(s): one more layer needs %3 (weights + KV) but the fullest GPU has %4 left</source>
        <translation>%2 层中有 %1 层在 GPU 上：再放一层需要 %3（权重 + KV），但最满的 GPU 只剩 %4</translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplanner.cpp" line="675"/>
        <source>every layer on the GPU(s); the routed experts of the first %1 of %2 layers (%3) stay in system RAM (llama.cpp --n-cpu-moe %1), where a token reads only the experts it is routed to</source>
        <translation>所有层都在 GPU 上；%2 层中前 %1 层的路由专家（%3）留在系统内存中（llama.cpp --n-cpu-moe %1），每个词元只从中读取被路由到的专家</translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplanner.cpp" line="728"/>
        <source>fit margin %1 is negative</source>
        <translation>适配余量 %1 为负数</translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplanner.cpp" line="752"/>
        <source>expert offload (--n-cpu-moe %1) decodes at about %2 tokens/s, layer offload (-ngl %3) at %4</source>
        <translation>专家卸载（--n-cpu-moe %1）解码约 %2 词元/秒，按层卸载（-ngl %3）约 %4</translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplanner.cpp" line="983"/>
        <source>%1 is kept free on each GPU next to the memory already in use (llama.cpp --fit&apos;s margin)</source>
        <translation>每块 GPU 在已用内存之外保留 %1 空闲（llama.cpp --fit 的余量）</translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplanner.cpp" line="853"/>
        <source>%1 tokens/s</source>
        <translation>%1 词元/秒</translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplanner.cpp" line="853"/>
        <source>speed unknown</source>
        <translation>速度未知</translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplanner.cpp" line="854"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplanner.cpp" line="860"/>
        <source>%1 with part of the model in system RAM (%2, usable from %3 tokens/s) rather than %4 on the GPU (%5): mean KL divergence %6 against %7</source>
        <translation>%1，部分模型位于系统 RAM 中（%2，%3 词元/秒起可用），而非完全在 GPU 上的 %4（%5）：相对 %7 的平均 KL 散度为 %6</translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplanner.cpp" line="865"/>
        <source>%1: the best quality that runs at a usable speed (%2, usable from %3 tokens/s)</source>
        <translation>%1：可用速度下的最佳质量（%2，%3 词元/秒起可用）</translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplanner.cpp" line="873"/>
        <source>no quantization at or above the quality floor reaches %1 tokens/s here: %2 is the fastest that fits (%3)</source>
        <translation>此处没有达到质量下限的量化能达到 %1 词元/秒：%2 是放得下的最快方案（%3）</translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplanner.cpp" line="1090"/>
        <source>no quantization of %1 at or above the quality floor (mean KL divergence %2 or less) fits this hardware at a context of %3</source>
        <translation>在上下文 %3 下，%1 没有达到质量下限（平均 KL 散度不超过 %2）且能放入此硬件的量化</translation>
    </message>
    <message>
        <location filename="../../model/plan/fitplanner.cpp" line="1095"/>
        <source>no quantization of %1 fits this hardware at a context of %2</source>
        <translation>在上下文 %2 下，%1 没有任何量化能放入此硬件</translation>
    </message>
</context>
<context>
    <name>Planner::FitVerdict</name>
    <message>
        <location filename="../../model/items/fitverdict.cpp" line="62"/>
        <location filename="../../model/items/fitverdict.cpp" line="149"/>
        <source>Fits in %1 GPU memory with %2 to spare</source>
        <translation>可放入 %1 显存，剩余 %2</translation>
    </message>
    <message>
        <location filename="../../model/items/fitverdict.cpp" line="67"/>
        <location filename="../../model/items/fitverdict.cpp" line="145"/>
        <source>Tight: needs %1 of %2 GPU memory, only %3 to spare (estimate up to %4)</source>
        <translation>偏紧：需要 %1（显存 %2），仅剩 %3（估计最高 %4）</translation>
    </message>
    <message>
        <location filename="../../model/items/fitverdict.cpp" line="73"/>
        <source>Fits only with CPU offload: needs %1; %2 GPU + %3 RAM leave %4 to spare</source>
        <translation>需卸载到 CPU 才能运行：需要 %1；%2 显存 + %3 内存，剩余 %4</translation>
    </message>
    <message>
        <location filename="../../model/items/fitverdict.cpp" line="76"/>
        <location filename="../../model/items/fitverdict.cpp" line="162"/>
        <source>Runs from system RAM only: needs %1 of %2 RAM, %3 to spare</source>
        <translation>只能在系统内存中运行：需要 %1（内存 %2），剩余 %3</translation>
    </message>
    <message>
        <location filename="../../model/items/fitverdict.cpp" line="82"/>
        <source>Does not fit: needs %1; you have %2 GPU + %3 RAM (%4 short)</source>
        <translation>放不下：需要 %1；你有 %2 显存 + %3 内存（还差 %4）</translation>
    </message>
    <message>
        <location filename="../../model/items/fitverdict.cpp" line="154"/>
        <source>Fits only with CPU offload: %1 of %2 layers on the GPU, %3 in system RAM; %4 of RAM to spare</source>
        <translation>需卸载到 CPU 才能运行：%2 层中的 %1 层在 GPU 上，%3 在系统内存中；内存剩余 %4</translation>
    </message>
    <message>
        <location filename="../../model/items/fitverdict.cpp" line="172"/>
        <source>Does not fit: needs %1; you have %2 GPU + %3 RAM (%4 short on the fullest device)</source>
        <translation>放不下：需要 %1；你有 %2 显存 + %3 内存（最满的设备还差 %4）</translation>
    </message>
    <message>
        <location filename="../../model/items/fitverdict.cpp" line="176"/>
        <source>Does not fit: needs %1, and the engine may use %2 of GPU memory (%3 short on the fullest GPU)</source>
        <translation>放不下：需要 %1，而推理引擎最多可用 %2 显存（最满的 GPU 还差 %3）</translation>
    </message>
    <message>
        <location filename="../../model/items/fitverdict.cpp" line="204"/>
        <source>Fits</source>
        <translation>可运行</translation>
    </message>
    <message>
        <location filename="../../model/items/fitverdict.cpp" line="206"/>
        <source>Tight</source>
        <translation>偏紧</translation>
    </message>
    <message>
        <location filename="../../model/items/fitverdict.cpp" line="208"/>
        <source>CPU offload</source>
        <translation>CPU 卸载</translation>
    </message>
    <message>
        <location filename="../../model/items/fitverdict.cpp" line="210"/>
        <source>Does not fit</source>
        <translation>放不下</translation>
    </message>
</context>
<context>
    <name>Planner::GgufReader</name>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="121"/>
        <location filename="../../model/io/ggufreader.cpp" line="140"/>
        <source>the file ends inside %1 (at byte %2 of %3; truncated?)</source>
        <translation>文件在 %1 内部结束（位于 %3 字节中的第 %2 字节；文件被截断？）</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="126"/>
        <location filename="../../model/io/ggufreader.cpp" line="145"/>
        <source>the header exceeds %1 bytes (inside %2)</source>
        <translation>文件头超过 %1 字节（位于 %2 内）</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="129"/>
        <source>cannot read %1 at byte %2: %3</source>
        <translation>无法在第 %2 字节读取 %1：%3</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="147"/>
        <source>cannot seek past %1 at byte %2</source>
        <translation>无法跳过第 %2 字节处的 %1</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="180"/>
        <location filename="../../model/io/ggufreader.cpp" line="293"/>
        <source>the length of %1</source>
        <translation>%1 的长度</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="184"/>
        <source>%1 claims %2 bytes (limit %3)</source>
        <translation>%1 声称有 %2 字节（上限 %3）</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="189"/>
        <source>%1 claims %2 bytes but only %3 remain (truncated?)</source>
        <translation>%1 声称有 %2 字节，但只剩 %3 字节（文件被截断？）</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="249"/>
        <source>%1: a bool must be 0 or 1, found %2</source>
        <translation>%1：bool 值必须为 0 或 1，实际为 %2</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="269"/>
        <source>%1: unexpected value type</source>
        <translation>%1：意外的值类型</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="279"/>
        <source>%1 is %2, not a GGUF value type (0 to 12)</source>
        <translation>%1 为 %2，不是 GGUF 值类型（0 到 12）</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="289"/>
        <source>%1: arrays nested deeper than %2 levels</source>
        <translation>%1：数组嵌套超过 %2 层</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="290"/>
        <source>the element type of %1</source>
        <translation>%1 的元素类型</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="302"/>
        <source>%1 claims %2 elements of %3, more than the %4 bytes left in the file can hold</source>
        <translation>%1 声称有 %2 个 %3 元素，超过文件剩余 %4 字节所能容纳的数量</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="456"/>
        <source>%1: not a GGUF file (only %2 bytes)</source>
        <translation>%1：不是 GGUF 文件（只有 %2 字节）</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="457"/>
        <source>the magic number</source>
        <translation>魔数</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="460"/>
        <source>%1: not a GGUF file (the magic number is not &apos;GGUF&apos;)</source>
        <translation>%1：不是 GGUF 文件（魔数不是 &apos;GGUF&apos;）</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="461"/>
        <source>the version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="465"/>
        <source>%1: big-endian GGUF files are not supported</source>
        <translation>%1：不支持大端序 GGUF 文件</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="467"/>
        <source>%1: GGUF version 1 is obsolete and not supported (re-convert with a current llama.cpp)</source>
        <translation>%1：GGUF 版本 1 已过时且不受支持（请用新版 llama.cpp 重新转换）</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="470"/>
        <source>%1: unknown GGUF version %2 (supported: 2 and 3)</source>
        <translation>%1：未知的 GGUF 版本 %2（支持：2 和 3）</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="475"/>
        <source>the tensor count</source>
        <translation>张量数量</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="476"/>
        <source>the metadata count</source>
        <translation>元数据数量</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="482"/>
        <source>%1: claims %2 tensors (limit %3)</source>
        <translation>%1：声称有 %2 个张量（上限 %3）</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="484"/>
        <source>%1: claims %2 metadata entries (limit %3)</source>
        <translation>%1：声称有 %2 个元数据条目（上限 %3）</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="489"/>
        <source>%1: claims %2 tensors and %3 metadata entries, more than the file&apos;s %4 bytes can hold (truncated or corrupt)</source>
        <translation>%1：声称有 %2 个张量和 %3 个元数据条目，超过文件 %4 字节所能容纳的数量（文件被截断或已损坏）</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="587"/>
        <source>%1: reading was cancelled</source>
        <translation>%1：读取已取消</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="601"/>
        <source>the key of metadata entry %1</source>
        <translation>元数据条目 %1 的键</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="605"/>
        <source>%1: metadata entry %2 has an empty key</source>
        <translation>%1：元数据条目 %2 的键为空</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="607"/>
        <source>%1: metadata key &apos;%2&apos; appears twice</source>
        <translation>%1：元数据键 &apos;%2&apos; 出现了两次</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="610"/>
        <source>%1: the metadata keys take more than %2 bytes of memory (limit)</source>
        <translation>%1：元数据键占用的内存超过 %2 字节（上限）</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="613"/>
        <source>metadata &apos;%1&apos;</source>
        <translation>元数据 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="614"/>
        <source>the type of %1</source>
        <translation>%1 的类型</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="594"/>
        <source>%1: the header exceeds %2 bytes</source>
        <translation>%1：文件头超过 %2 字节</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="510"/>
        <source>%1: general.alignment must be a power of two stored as uint32, found %2 %3</source>
        <translation>%1：general.alignment 必须是以 uint32 存储的 2 的幂，实际为 %2 %3</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="629"/>
        <source>%1: metadata from &apos;%2&apos; on is not kept: the metadata&apos;s memory budget of %3 bytes is spent</source>
        <translation>%1：从“%2”起的元数据未保留：元数据的 %3 字节内存预算已用完</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="642"/>
        <source>the name of tensor %1</source>
        <translation>张量 %1 的名称</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="647"/>
        <source>%1: tensor %2 has an empty name</source>
        <translation>%1：张量 %2 的名称为空</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="649"/>
        <source>%1: tensor &apos;%2&apos; appears twice</source>
        <translation>%1：张量 &apos;%2&apos; 出现了两次</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="671"/>
        <source>the dimension count of tensor &apos;%1&apos;</source>
        <translation>张量 &apos;%1&apos; 的维数</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="675"/>
        <source>%1: tensor &apos;%2&apos; has %3 dimensions (1 to 4 allowed)</source>
        <translation>%1：张量 &apos;%2&apos; 有 %3 个维度（允许 1 到 4）</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="680"/>
        <source>the shape of tensor &apos;%1&apos;</source>
        <translation>张量 &apos;%1&apos; 的形状</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="684"/>
        <source>%1: tensor &apos;%2&apos; has dimension %3 = %4 (1 to %5 allowed)</source>
        <translation>%1：张量 &apos;%2&apos; 的维度 %3 = %4（允许 1 到 %5）</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="693"/>
        <source>%1: tensor &apos;%2&apos; has more elements than a 64-bit count can hold</source>
        <translation>%1：张量 &apos;%2&apos; 的元素数超出 64 位计数范围</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="702"/>
        <source>the type of tensor &apos;%1&apos;</source>
        <translation>张量 &apos;%1&apos; 的类型</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="710"/>
        <source>%1: tensor &apos;%2&apos; has ggml type %3, which this version does not know (a newer llama.cpp type, or a corrupt file)</source>
        <translation>%1：张量 &apos;%2&apos; 的 ggml 类型为 %3，此版本无法识别（较新的 llama.cpp 类型，或文件已损坏）</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="716"/>
        <source>%1: tensor &apos;%2&apos; has rows of %3 elements, not a whole number of %4 blocks of %5</source>
        <translation>%1：张量 &apos;%2&apos; 每行 %3 个元素，不是 %5 的 %4 块的整数倍</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="725"/>
        <source>%1: tensor &apos;%2&apos; claims an absurd size</source>
        <translation>%1：张量 &apos;%2&apos; 声称的大小不合理</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="653"/>
        <source>the offset of tensor &apos;%1&apos;</source>
        <translation>张量 &apos;%1&apos; 的偏移量</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="657"/>
        <source>%1: tensor &apos;%2&apos; has offset %3, past any file</source>
        <translation>%1：张量 &apos;%2&apos; 的偏移量 %3 超出了任何文件的范围</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="660"/>
        <source>%1: tensor &apos;%2&apos; has offset %3, not a multiple of the alignment %4</source>
        <translation>%1：张量 &apos;%2&apos; 的偏移量 %3 不是对齐值 %4 的倍数</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="535"/>
        <source>%1: the file ends before its data section (header %2 bytes, file %3; truncated?)</source>
        <translation>%1：文件在数据段之前就结束了（文件头 %2 字节，文件 %3 字节；文件被截断？）</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="554"/>
        <source>%1: tensor &apos;%2&apos; (%3 bytes at offset %4) runs past the end of the data section (%5 bytes; truncated?)</source>
        <translation>%1：张量 &apos;%2&apos;（偏移 %4 处的 %3 字节）超出了数据段末尾（%5 字节；文件被截断？）</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="561"/>
        <source>%1: tensors &apos;%2&apos; and &apos;%3&apos; overlap (offset %4 is before %5)</source>
        <translation>%1：张量 &apos;%2&apos; 和 &apos;%3&apos; 重叠（偏移 %4 在 %5 之前）</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="569"/>
        <source>%1: %2 bytes after the last tensor are not used by any tensor</source>
        <translation>%1：最后一个张量之后的 %2 字节未被任何张量使用</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="821"/>
        <source>%1: &apos;%2&apos; must be an integer or an array of integers</source>
        <translation>%1：&apos;%2&apos; 必须是整数或整数数组</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="825"/>
        <source>%1: &apos;%2&apos; differs between layers; the largest value %3 is used</source>
        <translation>%1：&apos;%2&apos; 在各层之间不同；使用最大值 %3</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="832"/>
        <source>%1: &apos;%2&apos; must be an integer, found %3</source>
        <translation>%1：&apos;%2&apos; 必须是整数，实际为 %3</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="837"/>
        <source>%1: &apos;%2&apos; = %3 is out of range (%4 to %5)</source>
        <translation>%1：&apos;%2&apos; = %3 超出范围（%4 到 %5）</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="851"/>
        <source>%1: metadata &apos;%2&apos; is missing</source>
        <translation>%1：缺少元数据 &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="948"/>
        <source>%1: %2.nextn_predict_layers %3 leaves no decoder block of %4</source>
        <translation>%1：%2.nextn_predict_layers 为 %3，%4 个块中没有留下解码器块</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="975"/>
        <location filename="../../model/io/ggufreader.cpp" line="1120"/>
        <source>%1: %2.ssm.inner_size %3, time_step_rank %4 and group_count %5 do not divide evenly</source>
        <translation>%1：%2.ssm.inner_size %3、time_step_rank %4 与 group_count %5 不能整除</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="1005"/>
        <location filename="../../model/io/ggufreader.cpp" line="1293"/>
        <location filename="../../model/io/ggufreader.cpp" line="1462"/>
        <source>%1: %2.attention.head_count_kv must list the KV heads of each of the %3 blocks</source>
        <translation>%1：%2.attention.head_count_kv 必须列出全部 %3 个块各自的 KV 头数</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="1013"/>
        <source>%1: %2.attention.head_count_kv differs between attention blocks (%3 and %4)</source>
        <translation>%1：%2.attention.head_count_kv 在注意力块之间不一致（%3 与 %4）</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="1084"/>
        <source>%1: &apos;%2&apos; must be an array with an entry per block (%3 blocks)</source>
        <translation>%1：&apos;%2&apos; 必须是每个块一项的数组（共 %3 个块）</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="1091"/>
        <source>%1: &apos;%2&apos; entry %3 is %4; llama.cpp builds ratios 0, 4 and 128</source>
        <translation>%1：&apos;%2&apos; 的第 %3 项为 %4；llama.cpp 只支持压缩比 0、4 和 128</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="1142"/>
        <source>%1: %2.attention.head_count_kv and feed_forward_length must list each of the %3 blocks</source>
        <translation>%1：%2.attention.head_count_kv 和 feed_forward_length 必须列出全部 %3 个块</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="1230"/>
        <source>%1: %2.attention.sliding_window_pattern and head_count_kv must list each of the %3 blocks</source>
        <translation>%1：%2.attention.sliding_window_pattern 和 head_count_kv 必须列出全部 %3 个块</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="1263"/>
        <location filename="../../model/io/ggufreader.cpp" line="1340"/>
        <source>%1: %2.attention.head_count_kv does not divide head_count</source>
        <translation>%1：%2.attention.head_count_kv 不能整除 head_count</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="1352"/>
        <source>%1: %2.attention.head_count must list each of the %3 blocks</source>
        <translation>%1：%2.attention.head_count 必须列出全部 %3 个块</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="1359"/>
        <source>%1: %2.attention.head_count[%3] = %4 is not a multiple of the %5 KV heads</source>
        <translation>%1：%2.attention.head_count[%3] = %4 不是 %5 个 KV 头的整数倍</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="1369"/>
        <source>%1: blk.0.attn_gate.weight must gate each of the %2 heads or each of their elements</source>
        <translation>%1：blk.0.attn_gate.weight 必须为 %2 个头中的每个头或其每个元素提供门控</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="1394"/>
        <source>%1: %2.attention.head_count and sliding_window_pattern must list each of the %3 blocks</source>
        <translation>%1：%2.attention.head_count 和 sliding_window_pattern 必须列出全部 %3 个块</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="1408"/>
        <source>%1: block %2 has %3 heads and %4 KV heads</source>
        <translation>%1：块 %2 有 %3 个头和 %4 个 KV 头</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="1439"/>
        <source>%1: %2.attention.sliding_window_pattern must list each of the %3 blocks</source>
        <translation>%1：%2.attention.sliding_window_pattern 必须列出全部 %3 个块</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="1862"/>
        <source>%1: metadata &apos;general.architecture&apos; is missing</source>
        <translation>%1：缺少元数据 &apos;general.architecture&apos;</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="1865"/>
        <source>%1: architecture &apos;%2&apos; is not supported (supported: %3)</source>
        <translation>%1：不支持架构 &apos;%2&apos;（支持：%3）</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="1632"/>
        <source>%1: the tokenizer lists %2 tokens but token_embd.weight has %3 rows; the rows are used</source>
        <translation>%1：分词器列出 %2 个词元，但 token_embd.weight 有 %3 行；采用行数</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="1640"/>
        <source>%1: no vocabulary size (tokenizer.ggml.tokens, %2.vocab_size or token_embd.weight)</source>
        <translation>%1：没有词表大小（tokenizer.ggml.tokens、%2.vocab_size 或 token_embd.weight）</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="913"/>
        <source>%1: %2.attention.key_length %3 is not larger than rope.dimension_count %4</source>
        <translation>%1：%2.attention.key_length %3 不大于 rope.dimension_count %4</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="1183"/>
        <source>%1: per_layer_token_embd.weight must hold %2 x %3 values per token</source>
        <translation>%1：per_layer_token_embd.weight 每个词元必须包含 %2 x %3 个值</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="1191"/>
        <source>%1: %2.feed_forward_length must list each of the %3 blocks</source>
        <translation>%1：%2.feed_forward_length 必须列出全部 %3 个块</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="1198"/>
        <source>%1: %2.feed_forward_length[%3] = %4 is out of range</source>
        <translation>%1：%2.feed_forward_length[%3] = %4 超出范围</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="1208"/>
        <source>%1: %2.attention.shared_kv_layers = %3 leaves fewer than two blocks with a KV cache</source>
        <translation>%1：%2.attention.shared_kv_layers = %3 使带 KV 缓存的块少于两个</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="1215"/>
        <source>%1: block %2 would reuse the KV of block %3, which attends differently</source>
        <translation>%1：块 %2 将复用块 %3 的 KV，但二者的注意力方式不同</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="1688"/>
        <source>%1: %2.expert_used_count %3 exceeds expert_count %4</source>
        <translation>%1：%2.expert_used_count %3 超过 expert_count %4</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="1742"/>
        <source>%1: %2.attention.head_count_kv %3 does not divide head_count %4</source>
        <translation>%1：%2.attention.head_count_kv %3 无法整除 head_count %4</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="1768"/>
        <source>%1: the %2 dimensions describe more than 2^52 weights (corrupt metadata?)</source>
        <translation>%1：%2 的维度描述了超过 2^52 个权重（元数据已损坏？）</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="1786"/>
        <source>missing %1</source>
        <translation>缺少 %1</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="1788"/>
        <source>%1 has %2 elements, expected %3</source>
        <translation>%1 有 %2 个元素，应为 %3</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="1791"/>
        <source>unexpected %1</source>
        <translation>意外的 %1</translation>
    </message>
    <message>
        <location filename="../../model/io/ggufreader.cpp" line="1796"/>
        <source>%1: %2 tensors differ from the %3 layout (%4%5); sizes come from the file</source>
        <translation>%1：%2 个张量与 %3 布局不同（%4%5）；大小取自文件</translation>
    </message>
</context>
<context>
    <name>Planner::GpuCatalog</name>
    <message>
        <location filename="../../model/hardware/gpucatalog.cpp" line="152"/>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../model/hardware/gpucatalog.cpp" line="147"/>
        <source>must be one of nvidia, amd, intel, apple (not &apos;%1&apos;)</source>
        <translation>必须是 nvidia、amd、intel、apple 之一（而不是 &apos;%1&apos;）</translation>
    </message>
    <message>
        <location filename="../../model/hardware/gpucatalog.cpp" line="155"/>
        <source>must be a positive whole number of bytes (at most 1 PiB)</source>
        <translation>必须是正整数字节数（最多 1 PiB）</translation>
    </message>
    <message>
        <location filename="../../model/hardware/gpucatalog.cpp" line="172"/>
        <source>must be a non-empty array of positive whole numbers of GB</source>
        <translation>必须是由正整数 GB 组成的非空数组</translation>
    </message>
    <message>
        <location filename="../../model/hardware/gpucatalog.cpp" line="191"/>
        <source>%1 is not in the GPU catalog; its bandwidth (%2 GB/s) is computed from the memory clock and bus width the driver reports</source>
        <translation>%1 不在 GPU 目录中；其带宽（%2 GB/s）根据驱动报告的显存频率和位宽计算</translation>
    </message>
    <message>
        <location filename="../../model/hardware/gpucatalog.cpp" line="196"/>
        <source>%1 is not in the GPU catalog: its memory bandwidth and FP16 rate are unknown, so no speed can be estimated for it</source>
        <translation>%1 不在 GPU 目录中：其显存带宽和 FP16 算力未知，因此无法估算其速度</translation>
    </message>
    <message>
        <location filename="../../model/hardware/gpucatalog.cpp" line="207"/>
        <source>%1 reports %2 bytes of memory, but the catalog&apos;s %3 has %4; the speed figures assume the catalog&apos;s bandwidth</source>
        <translation>%1 报告有 %2 字节显存，但目录中的 %3 为 %4；速度数据采用目录中的带宽</translation>
    </message>
</context>
<context>
    <name>Planner::GuardedFile</name>
    <message>
        <location filename="../../model/io/guardedfile.cpp" line="35"/>
        <source>%1: the file name is not valid in the file system&apos;s encoding (it cannot be decoded)</source>
        <translation>%1：文件名不符合文件系统的编码（无法解码）</translation>
    </message>
    <message>
        <location filename="../../model/io/guardedfile.cpp" line="45"/>
        <location filename="../../model/io/guardedfile.cpp" line="116"/>
        <source>%1: is a folder, not a file</source>
        <translation>%1：是文件夹，不是文件</translation>
    </message>
    <message>
        <location filename="../../model/io/guardedfile.cpp" line="47"/>
        <source>%1: is a character device, not a regular file</source>
        <translation>%1：是字符设备，不是普通文件</translation>
    </message>
    <message>
        <location filename="../../model/io/guardedfile.cpp" line="49"/>
        <source>%1: is a block device, not a regular file</source>
        <translation>%1：是块设备，不是普通文件</translation>
    </message>
    <message>
        <location filename="../../model/io/guardedfile.cpp" line="51"/>
        <source>%1: is a FIFO (named pipe), not a regular file</source>
        <translation>%1：是 FIFO（命名管道），不是普通文件</translation>
    </message>
    <message>
        <location filename="../../model/io/guardedfile.cpp" line="53"/>
        <source>%1: is a socket, not a regular file</source>
        <translation>%1：是套接字，不是普通文件</translation>
    </message>
    <message>
        <location filename="../../model/io/guardedfile.cpp" line="54"/>
        <location filename="../../model/io/guardedfile.cpp" line="118"/>
        <source>%1: is not a regular file</source>
        <translation>%1：不是普通文件</translation>
    </message>
    <message>
        <location filename="../../model/io/guardedfile.cpp" line="61"/>
        <source>%1: a loop of symbolic links (too many levels of links)</source>
        <translation>%1：符号链接形成循环（链接层数过多）</translation>
    </message>
    <message>
        <location filename="../../model/io/guardedfile.cpp" line="63"/>
        <source>%1: is a symbolic link to a file that does not exist</source>
        <translation>%1：是指向不存在文件的符号链接</translation>
    </message>
    <message>
        <location filename="../../model/io/guardedfile.cpp" line="64"/>
        <location filename="../../model/io/guardedfile.cpp" line="114"/>
        <source>%1: no such file or folder</source>
        <translation>%1：没有这样的文件或文件夹</translation>
    </message>
    <message>
        <location filename="../../model/io/guardedfile.cpp" line="66"/>
        <source>%1: permission denied</source>
        <translation>%1：权限不足</translation>
    </message>
    <message>
        <location filename="../../model/io/guardedfile.cpp" line="68"/>
        <source>%1: a part of the path is not a folder</source>
        <translation>%1：路径中有一部分不是文件夹</translation>
    </message>
    <message>
        <location filename="../../model/io/guardedfile.cpp" line="70"/>
        <source>%1: the path is too long</source>
        <translation>%1：路径过长</translation>
    </message>
    <message>
        <location filename="../../model/io/guardedfile.cpp" line="72"/>
        <location filename="../../model/io/guardedfile.cpp" line="152"/>
        <location filename="../../model/io/guardedfile.cpp" line="158"/>
        <source>%1: cannot open: %2</source>
        <translation>%1：无法打开：%2</translation>
    </message>
    <message>
        <location filename="../../model/io/guardedfile.cpp" line="112"/>
        <source>%1: is a symbolic link to a file that does not exist (or a loop of links)</source>
        <translation>%1：是指向不存在文件的符号链接（或链接循环）</translation>
    </message>
    <message>
        <location filename="../../model/io/guardedfile.cpp" line="143"/>
        <source>%1: cannot inspect the open file</source>
        <translation>%1：无法检查已打开的文件</translation>
    </message>
    <message>
        <location filename="../../model/io/guardedfile.cpp" line="148"/>
        <location filename="../../model/io/guardedfile.cpp" line="183"/>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <location filename="../../model/io/guardedfile.cpp" line="172"/>
        <source>%1: not open</source>
        <translation>%1：未打开</translation>
    </message>
    <message>
        <location filename="../../model/io/guardedfile.cpp" line="186"/>
        <source>%1: larger than the limit of %2 bytes for this kind of file</source>
        <translation>%1：超过此类文件 %2 字节的上限</translation>
    </message>
</context>
<context>
    <name>Planner::HardwareChoice</name>
    <message>
        <location filename="../../model/hardware/hardwarechoice.cpp" line="36"/>
        <source>%1 is unified memory: one per machine, not %2</source>
        <translation>%1 为统一内存：每台机器只有一个，而不是 %2 个</translation>
    </message>
    <message>
        <location filename="../../model/hardware/hardwarechoice.cpp" line="96"/>
        <source>%1 GPUs: the count must be from 0 to %2</source>
        <translation>%1 个 GPU：数量必须在 0 到 %2 之间</translation>
    </message>
    <message>
        <location filename="../../model/hardware/hardwarechoice.cpp" line="100"/>
        <source>GPU memory of %1 bytes: it cannot be negative</source>
        <translation>GPU 显存 %1 字节：不能为负数</translation>
    </message>
    <message>
        <location filename="../../model/hardware/hardwarechoice.cpp" line="104"/>
        <source>RAM of %1 bytes: it cannot be negative</source>
        <translation>内存 %1 字节：不能为负数</translation>
    </message>
    <message>
        <location filename="../../model/hardware/hardwarechoice.cpp" line="108"/>
        <source>%1 nodes: the count must be from 1 to %2</source>
        <translation>%1 个节点：数量必须在 1 到 %2 之间</translation>
    </message>
    <message>
        <location filename="../../model/hardware/hardwarechoice.cpp" line="114"/>
        <source>no GPU chosen from the catalog</source>
        <translation>未从目录中选择 GPU</translation>
    </message>
    <message>
        <location filename="../../model/hardware/hardwarechoice.cpp" line="119"/>
        <source>unknown GPU &apos;%1&apos;: it is not in the GPU catalog</source>
        <translation>未知的 GPU“%1”：它不在 GPU 目录中</translation>
    </message>
    <message>
        <location filename="../../model/hardware/hardwarechoice.cpp" line="140"/>
        <source>%1 GPU(s) asked for, but only %2 GPU(s) were detected</source>
        <translation>要求 %1 个 GPU，但只检测到 %2 个</translation>
    </message>
    <message>
        <location filename="../../model/hardware/hardwarechoice.cpp" line="149"/>
        <source>GPU with %1</source>
        <translation>%1 显存的 GPU</translation>
    </message>
    <message>
        <location filename="../../model/hardware/hardwarechoice.cpp" line="155"/>
        <source>manual GPU(s) of unknown bandwidth: no speed can be estimated</source>
        <translation>手动指定的 GPU 带宽未知：无法估算速度</translation>
    </message>
    <message>
        <location filename="../../model/hardware/hardwarechoice.cpp" line="183"/>
        <source>GPU (entered by hand)</source>
        <translation>GPU（手动输入）</translation>
    </message>
</context>
<context>
    <name>Planner::HardwareDetector</name>
    <message>
        <location filename="../../model/hardware/hardwaredetector.cpp" line="67"/>
        <source>%1 NVIDIA GPU(s) on the PCI bus (%2) but NVML %3; their memory cannot be read, so they are not used for planning (install or repair the NVIDIA driver)</source>
        <translation>PCI 总线上有 %1 个 NVIDIA GPU（%2），但 NVML %3；无法读取其显存，因此规划时不使用它们（请安装或修复 NVIDIA 驱动）</translation>
    </message>
    <message>
        <location filename="../../model/hardware/hardwaredetector.cpp" line="72"/>
        <source>listed only %1</source>
        <translation>只列出了 %1 个</translation>
    </message>
    <message>
        <location filename="../../model/hardware/hardwaredetector.cpp" line="73"/>
        <source>is not available</source>
        <translation>不可用</translation>
    </message>
    <message>
        <location filename="../../model/hardware/hardwaredetector.cpp" line="92"/>
        <source>no GPU was found: plans use system RAM only</source>
        <translation>未找到 GPU：方案只使用系统内存</translation>
    </message>
</context>
<context>
    <name>Planner::HfConfig</name>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="574"/>
        <location filename="../../model/io/hfconfig.cpp" line="1586"/>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="1148"/>
        <location filename="../../model/io/hfconfig.cpp" line="1209"/>
        <location filename="../../model/io/hfconfig.cpp" line="1414"/>
        <location filename="../../model/io/hfconfig.cpp" line="1513"/>
        <source>could not be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="437"/>
        <source>needs layer_types to name the kind of each of the %1 layers</source>
        <translation>需要 layer_types 指明全部 %1 层各自的类型</translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="446"/>
        <source>layer %1 (%2) shares the KV of an earlier layer of its kind, but none precedes layer %3</source>
        <translation>第 %1 层（%2）共享同类前面某层的 KV，但第 %3 层之前没有同类层</translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="783"/>
        <source>%1 heads of %2 do not make the Mamba width %3 (mamba_expand x hidden_size)</source>
        <translation>%1 个头、每头 %2 无法构成 Mamba 宽度 %3（mamba_expand x hidden_size）</translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="1580"/>
        <source>must be a JSON object</source>
        <translation>必须是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="1592"/>
        <source>&apos;%1&apos; is not a supported architecture (supported: %2)</source>
        <translation>&apos;%1&apos; 不是受支持的架构（支持：%2）</translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="113"/>
        <source>must hold layer numbers</source>
        <translation>必须包含层号</translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="1609"/>
        <source>is missing (the model has dense feed-forward layers)</source>
        <translation>缺失（该模型有稠密前馈层）</translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="1612"/>
        <source>%1 exceeds the %2 experts</source>
        <translation>%1 超过了 %2 个专家</translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="264"/>
        <location filename="../../model/io/hfconfig.cpp" line="1345"/>
        <source>must hold strings</source>
        <translation>必须包含字符串</translation>
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
        <translation>有 %1 个条目，但有 %2 层</translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="278"/>
        <source>entry %1 (&apos;%2&apos;) is not a layer kind this architecture has</source>
        <translation>第 %1 项（&apos;%2&apos;）不是该架构具有的层类型</translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="304"/>
        <source>%1 is not a multiple of the %2 key heads</source>
        <translation>%1 不是 %2 个键头的整数倍</translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="346"/>
        <source>is missing (and layers_block_type names no layers)</source>
        <translation>缺失（layers_block_type 也未列出任何层）</translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="358"/>
        <source>has %1 characters for %2 layers</source>
        <translation>有 %1 个字符，但模型有 %2 层</translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="365"/>
        <source>is missing (and so is layers_block_type)</source>
        <translation>缺失（layers_block_type 也缺失）</translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="400"/>
        <location filename="../../model/io/hfconfig.cpp" line="788"/>
        <source>%1 does not divide the %2 Mamba heads</source>
        <translation>%1 不能整除 %2 个 Mamba 头</translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="476"/>
        <location filename="../../model/io/hfconfig.cpp" line="625"/>
        <location filename="../../model/io/hfconfig.cpp" line="868"/>
        <location filename="../../model/io/hfconfig.cpp" line="871"/>
        <location filename="../../model/io/hfconfig.cpp" line="1043"/>
        <location filename="../../model/io/hfconfig.cpp" line="1523"/>
        <source>%1 does not divide the %2 attention heads</source>
        <translation>%1 无法整除 %2 个注意力头</translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="531"/>
        <source>the sparse-attention indexer needs a q_lora_rank</source>
        <translation>稀疏注意力索引器需要 q_lora_rank</translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="587"/>
        <source>entry %1 is %2; a layer compresses its keys by 0 (window only), 4 or 128 tokens</source>
        <translation>第 %1 项为 %2；每层的键压缩比只能是 0（仅窗口）、4 或 128 个词元</translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="609"/>
        <source>is %1; DeepSeek-V4 attends with one shared key/value head</source>
        <translation>为 %1；DeepSeek-V4 使用一个共享的键/值头</translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="613"/>
        <source>%1 exceeds head_dim %2</source>
        <translation>%1 超过 head_dim %2</translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="636"/>
        <source>%1 exceeds the %2 layers</source>
        <translation>%1 超过层数 %2</translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="645"/>
        <source>is &apos;%1&apos;; DeepSeek-V4 checkpoints store their experts in fp4 or fp8</source>
        <translation>为 &apos;%1&apos;；DeepSeek-V4 检查点的专家以 fp4 或 fp8 存储</translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="666"/>
        <location filename="../../model/io/hfconfig.cpp" line="881"/>
        <source>shared experts are not supported for this family yet</source>
        <translation>尚不支持该架构族的共享专家</translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="699"/>
        <source>short convolutions with biases are not supported yet</source>
        <translation>暂不支持带偏置的短卷积</translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="718"/>
        <source>must hold layer numbers below %1</source>
        <translation>必须是小于 %1 的层号</translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="842"/>
        <source>is missing (it must list 0 or 1 for each of the %1 layers)</source>
        <translation>缺失（必须为 %1 个层中的每一层列出 0 或 1）</translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="826"/>
        <source>must hold 0 or 1 for each layer</source>
        <translation>每一层必须为 0 或 1</translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="913"/>
        <source>mixes per-head and per-element gates, which is not supported yet</source>
        <translation>混用了按头和按元素的门控，尚不支持</translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="924"/>
        <source>must be &quot;per-head&quot;, &quot;per-element&quot; or true</source>
        <translation>必须是 &quot;per-head&quot;、&quot;per-element&quot; 或 true</translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="950"/>
        <source>entry %1 must be a head count the %2 KV heads divide</source>
        <translation>第 %1 项必须是能被 %2 个 KV 头整除的头数</translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="989"/>
        <source>%1 must be a whole number from 1 to %2</source>
        <translation>%1 必须是 1 到 %2 之间的整数</translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="1006"/>
        <source>must be a list of layer indexes</source>
        <translation>必须是层索引的列表</translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="1014"/>
        <source>&apos;%1&apos; is not a layer index from 0 to %2</source>
        <translation>&apos;%1&apos; 不是 0 到 %2 之间的层索引</translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="1049"/>
        <source>%1 KV groups do not divide the %2 attention heads</source>
        <translation>%1 个 KV 组不能整除 %2 个注意力头</translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="1073"/>
        <source>is missing (nor does first_k_dense_replace say which layers have experts)</source>
        <translation>缺失（first_k_dense_replace 也未说明哪些层有专家）</translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="1097"/>
        <source>entry %1 is not a frequency base (0: no RoPE)</source>
        <translation>第 %1 项不是频率基数（0 表示无 RoPE）</translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="1114"/>
        <source>must hold layer numbers from 1 to %1</source>
        <translation>必须是 1 到 %1 之间的层号</translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="1136"/>
        <source>is missing (it names the MLA layers)</source>
        <translation>缺失（它指明 MLA 层）</translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="1142"/>
        <source>layer %1 must be in exactly one of full_attn_layers and kda_layers</source>
        <translation>第 %1 层必须恰好属于 full_attn_layers 和 kda_layers 之一</translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="1164"/>
        <source>is missing (it names the MLA and Kimi Delta Attention layers)</source>
        <translation>缺失（它指明 MLA 层和 Kimi Delta Attention 层）</translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="1199"/>
        <source>is missing (it names the sparse-attention layers)</source>
        <translation>缺失（它指明稀疏注意力层）</translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="1203"/>
        <source>layer %1 has an indexer with values, which is not supported yet</source>
        <translation>第 %1 层的索引器带有值，尚不支持</translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="1224"/>
        <source>an attention output gate is not supported for this family yet</source>
        <translation>该系列尚不支持注意力输出门控</translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="1466"/>
        <source>%1 exceeds the image_size of %2</source>
        <translation>%1 超过了 image_size %2</translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="1484"/>
        <source>must be the vision width x merge_size^2 (%1), the width the adapter reads</source>
        <translation>必须等于视觉宽度 x merge_size^2（%1），即适配器读取的宽度</translation>
    </message>
    <message>
        <location filename="../../model/io/hfconfig.cpp" line="1533"/>
        <source>these dimensions imply %1 parameters, far beyond any real model</source>
        <translation>这些维度意味着 %1 个参数，远超任何真实模型</translation>
    </message>
</context>
<context>
    <name>Planner::JsonFields</name>
    <message>
        <location filename="../../model/common/jsonfields.cpp" line="49"/>
        <source>the number is too large</source>
        <translation>数字太大</translation>
    </message>
    <message>
        <location filename="../../model/common/jsonfields.cpp" line="56"/>
        <source>must be a whole number between %1 and %2</source>
        <translation>必须是 %1 到 %2 之间的整数</translation>
    </message>
    <message>
        <location filename="../../model/common/jsonfields.cpp" line="61"/>
        <location filename="../../model/common/jsonfields.cpp" line="93"/>
        <location filename="../../model/common/jsonfields.cpp" line="110"/>
        <source>must be a number, found %1</source>
        <translation>必须是数字，实际为 %1</translation>
    </message>
    <message>
        <location filename="../../model/common/jsonfields.cpp" line="65"/>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 超出范围（%2 到 %3）</translation>
    </message>
    <message>
        <location filename="../../model/common/jsonfields.cpp" line="79"/>
        <location filename="../../model/common/jsonfields.cpp" line="89"/>
        <location filename="../../model/common/jsonfields.cpp" line="136"/>
        <location filename="../../model/common/jsonfields.cpp" line="157"/>
        <location filename="../../model/common/jsonfields.cpp" line="173"/>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../model/common/jsonfields.cpp" line="98"/>
        <source>must be above 0 and at most %1</source>
        <translation>必须大于 0 且不超过 %1</translation>
    </message>
    <message>
        <location filename="../../model/common/jsonfields.cpp" line="115"/>
        <source>must be between %1 and %2</source>
        <translation>必须介于 %1 和 %2 之间</translation>
    </message>
    <message>
        <location filename="../../model/common/jsonfields.cpp" line="127"/>
        <source>must be true or false, found %1</source>
        <translation>必须是 true 或 false，实际为 %1</translation>
    </message>
    <message>
        <location filename="../../model/common/jsonfields.cpp" line="148"/>
        <source>must be a string, found %1</source>
        <translation>必须是字符串，实际为 %1</translation>
    </message>
    <message>
        <location filename="../../model/common/jsonfields.cpp" line="163"/>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <location filename="../../model/common/jsonfields.cpp" line="177"/>
        <location filename="../../model/common/jsonfields.cpp" line="184"/>
        <source>must be a non-empty array of strings</source>
        <translation>必须是非空字符串数组</translation>
    </message>
    <message>
        <location filename="../../model/common/jsonfields.cpp" line="177"/>
        <location filename="../../model/common/jsonfields.cpp" line="184"/>
        <source>must be an array of strings</source>
        <translation>必须是字符串数组</translation>
    </message>
    <message>
        <location filename="../../model/common/jsonfields.cpp" line="198"/>
        <source>must be an object, found %1</source>
        <translation>必须是对象，实际为 %1</translation>
    </message>
    <message>
        <location filename="../../model/common/jsonfields.cpp" line="210"/>
        <source>must be an array, found %1</source>
        <translation>必须是数组，实际为 %1</translation>
    </message>
    <message>
        <location filename="../../model/common/jsonfields.cpp" line="239"/>
        <source>is not valid JSON (truncated or malformed)</source>
        <translation>不是有效的 JSON（被截断或格式错误）</translation>
    </message>
    <message>
        <location filename="../../model/common/jsonfields.cpp" line="252"/>
        <source>must be an array</source>
        <translation>必须是数组</translation>
    </message>
    <message>
        <location filename="../../model/common/jsonfields.cpp" line="261"/>
        <source>&apos;%1&apos; appears more than once</source>
        <translation>&apos;%1&apos; 出现了不止一次</translation>
    </message>
    <message>
        <location filename="../../model/common/jsonfields.cpp" line="276"/>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
</context>
<context>
    <name>Planner::MemInfoProbe</name>
    <message>
        <location filename="../../model/hardware/meminfoprobe.cpp" line="31"/>
        <source>%1 cannot be read (%2): system RAM is unknown</source>
        <translation>无法读取 %1（%2）：系统内存未知</translation>
    </message>
    <message>
        <location filename="../../model/hardware/meminfoprobe.cpp" line="57"/>
        <source>%1 has no readable %2: %3 is unknown</source>
        <translation>%1 中没有可读的 %2：%3 未知</translation>
    </message>
    <message>
        <location filename="../../model/hardware/meminfoprobe.cpp" line="60"/>
        <source>system RAM</source>
        <translation>系统内存</translation>
    </message>
    <message>
        <location filename="../../model/hardware/meminfoprobe.cpp" line="63"/>
        <source>available RAM</source>
        <translation>可用内存</translation>
    </message>
    <message>
        <location filename="../../model/hardware/meminfoprobe.cpp" line="64"/>
        <source>swap</source>
        <translation>交换空间</translation>
    </message>
    <message>
        <location filename="../../model/hardware/meminfoprobe.cpp" line="65"/>
        <source>free swap</source>
        <translation>可用交换空间</translation>
    </message>
    <message>
        <location filename="../../model/hardware/meminfoprobe.cpp" line="67"/>
        <source>%1 reports more available than total RAM; available RAM is unknown</source>
        <translation>%1 报告的可用内存多于总内存；可用内存未知</translation>
    </message>
</context>
<context>
    <name>Planner::MemoryEstimator</name>
    <message>
        <location filename="../../model/memory/memoryestimator.cpp" line="252"/>
        <source>quantization &apos;%1&apos; has no rule for this architecture</source>
        <translation>量化 &apos;%1&apos; 没有针对此架构的规则</translation>
    </message>
    <message>
        <location filename="../../model/memory/memoryestimator.cpp" line="257"/>
        <source>storage type &apos;%1&apos; of tensor %2 (layer %3) is not in the catalog</source>
        <translation>张量 %2（第 %3 层）的存储类型 &apos;%1&apos; 不在目录中</translation>
    </message>
    <message>
        <location filename="../../model/memory/memoryestimator.cpp" line="698"/>
        <source>%1 parameters in %2 tensors stored as %3 (%4 bits per weight): %5</source>
        <translation>%1 个参数，%2 个张量，以 %3 存储（每权重 %4 位）：%5</translation>
    </message>
    <message>
        <location filename="../../model/memory/memoryestimator.cpp" line="432"/>
        <source>model &apos;%1&apos; has no layers, hidden size or vocabulary</source>
        <translation>模型 &apos;%1&apos; 没有层数、隐藏层大小或词表</translation>
    </message>
    <message>
        <location filename="../../model/memory/memoryestimator.cpp" line="434"/>
        <source>context %1 is out of range (1 to %2 tokens)</source>
        <translation>上下文 %1 超出范围（1 到 %2 个词元）</translation>
    </message>
    <message>
        <location filename="../../model/memory/memoryestimator.cpp" line="436"/>
        <source>batch %1 is out of range (1 to %2 sequences)</source>
        <translation>批大小 %1 超出范围（1 到 %2 个序列）</translation>
    </message>
    <message>
        <location filename="../../model/memory/memoryestimator.cpp" line="438"/>
        <source>micro-batch %1 is out of range</source>
        <translation>微批次 %1 超出范围</translation>
    </message>
    <message>
        <location filename="../../model/memory/memoryestimator.cpp" line="440"/>
        <source>GPU memory utilization %1 must be above 0 and at most 1</source>
        <translation>GPU 显存利用率 %1 必须大于 0 且不超过 1</translation>
    </message>
    <message>
        <location filename="../../model/memory/memoryestimator.cpp" line="472"/>
        <source>DeepSeek-V4: every layer keeps the last %1 raw keys (one shared key/value head of %2, %3); %4 layers add one compressed key per 4 tokens and one lightning-indexer key (%5 dims) as often, %6 layers one compressed key per 128 tokens, %7 layers the window alone; %8 bytes per token past the window. %9.</source>
        <translation>DeepSeek-V4：每层保留最近 %1 个原始键（一个共享键/值头，维度 %2，%3）；%4 层每 4 个词元增加一个压缩键和一个同频率的 lightning 索引器键（%5 维），%6 层每 128 个词元增加一个压缩键，%7 层仅有窗口；窗口之外每词元 %8 字节。%9。</translation>
    </message>
    <message>
        <location filename="../../model/memory/memoryestimator.cpp" line="526"/>
        <source>(MLA latent (%1 + %2 rope) + indexer key %3) x %4</source>
        <translation>（MLA 潜变量（%1 + %2 rope）+ 索引器键 %3）x %4</translation>
    </message>
    <message>
        <location filename="../../model/memory/memoryestimator.cpp" line="559"/>
        <source> + %1 chunked-attention layers x %2 tokens (chunk %3)</source>
        <translation> + %1 个分块注意力层 x %2 个词元（分块 %3）</translation>
    </message>
    <message>
        <location filename="../../model/memory/memoryestimator.cpp" line="564"/>
        <source> + %1 MTP layers x %2 tokens (cached, weights not loaded)</source>
        <translation> + %1 个 MTP 层 x %2 词元（已缓存，未加载权重）</translation>
    </message>
    <message>
        <location filename="../../model/memory/memoryestimator.cpp" line="572"/>
        <source>The %1 full-attention layers have their own shape: 2 (K,V) x %2 KV heads x %3 dims = %4 bytes per layer and token.</source>
        <translation>这 %1 个全注意力层有各自的形状：2 (K,V) x %2 个 KV 头 x %3 维 = 每层每词元 %4 字节。</translation>
    </message>
    <message>
        <location filename="../../model/memory/memoryestimator.cpp" line="581"/>
        <source>The last %1 of the %2 layers hold no KV cache of their own: each reads that of an earlier layer of its kind (KV sharing).</source>
        <translation>%2 层中的最后 %1 层没有自己的 KV 缓存：每层读取同类前面某层的 KV 缓存（KV 共享）。</translation>
    </message>
    <message>
        <location filename="../../model/memory/memoryestimator.cpp" line="587"/>
        <source>%1 of the %2 layers hold no KV cache (recurrent or feed-forward only).</source>
        <translation>%2 层中有 %1 层不持有 KV 缓存（循环层或仅有前馈的层）。</translation>
    </message>
    <message>
        <location filename="../../model/memory/memoryestimator.cpp" line="737"/>
        <source>unknown quantization &apos;%1&apos; (known: %2)</source>
        <translation>未知的量化 &apos;%1&apos;（已知：%2）</translation>
    </message>
    <message>
        <location filename="../../model/memory/memoryestimator.cpp" line="740"/>
        <source>%1 cannot run %2 (it runs on: %3)</source>
        <translation>%1 无法运行 %2（它可运行于：%3）</translation>
    </message>
    <message>
        <location filename="../../model/memory/memoryestimator.cpp" line="751"/>
        <source>KV cache type &apos;%1&apos; is not available in %2 (choose one of: %3)</source>
        <translation>KV 缓存类型 &apos;%1&apos; 在 %2 中不可用（请从以下选择：%3）</translation>
    </message>
    <message>
        <location filename="../../model/memory/memoryestimator.cpp" line="805"/>
        <source>the model was trained for %1 tokens of context; its config.json&apos;s max_position_embeddings says %2, which is not offered</source>
        <translation>该模型训练时的上下文为 %1 词元；其 config.json 的 max_position_embeddings 写的是 %2，不予提供</translation>
    </message>
    <message>
        <location filename="../../model/memory/llamacppengine.cpp" line="64"/>
        <source>llama.cpp needs flash attention for a quantized V cache (%1); turn flash attention on</source>
        <translation>llama.cpp 需要 Flash Attention 才能使用量化的 V 缓存（%1）；请开启 Flash Attention</translation>
    </message>
    <message>
        <location filename="../../model/memory/memoryestimator.cpp" line="386"/>
        <source>tensor %1 of the model file has a negative size</source>
        <translation>模型文件的张量 %1 大小为负</translation>
    </message>
    <message>
        <location filename="../../model/memory/memoryestimator.cpp" line="696"/>
        <source>%1 parameters in %2 tensors as stored in the model file (%3, %4 bits per weight): %5</source>
        <translation>%1 个参数，%2 个张量，按模型文件中的存储（%3，每权重 %4 位）：%5</translation>
    </message>
    <message>
        <location filename="../../model/memory/memoryestimator.cpp" line="720"/>
        <source>tensor %1 of the projector file has a negative size</source>
        <translation>投影器文件的张量 %1 大小为负</translation>
    </message>
    <message>
        <location filename="../../model/memory/vllmengine.cpp" line="34"/>
        <source>vllm/model_executor/model_loader/default_loader.py load_weights, vllm/model_executor/layers/quantization/ (each method&apos;s create_weights), the model&apos;s file under vllm/model_executor/models/</source>
        <translation>vllm/model_executor/model_loader/default_loader.py load_weights、vllm/model_executor/layers/quantization/（各量化方法的 create_weights）、vllm/model_executor/models/ 下该模型的文件</translation>
    </message>
    <message>
        <location filename="../../model/memory/vllmengine.cpp" line="38"/>
        <source>vllm/v1/worker/gpu_worker.py determine_available_memory, vllm/v1/core/kv_cache_utils.py get_kv_cache_config (blocks of 16 tokens in what gpu_memory_utilization leaves)</source>
        <translation>vllm/v1/worker/gpu_worker.py determine_available_memory、vllm/v1/core/kv_cache_utils.py get_kv_cache_config（在 gpu_memory_utilization 剩余的空间里按 16 词元一块分配）</translation>
    </message>
    <message>
        <location filename="../../model/memory/vllmengine.cpp" line="41"/>
        <source>vllm/model_executor/layers/mamba/mamba_utils.py MambaStateShapeCalculator, MambaStateDtypeCalculator; vllm/v1/core/kv_cache_utils.py (one page size for the hybrid groups)</source>
        <translation>vllm/model_executor/layers/mamba/mamba_utils.py MambaStateShapeCalculator、MambaStateDtypeCalculator；vllm/v1/core/kv_cache_utils.py（混合组统一页大小）</translation>
    </message>
    <message>
        <location filename="../../model/memory/vllmengine.cpp" line="45"/>
        <source>vllm/v1/worker/gpu_model_runner.py profile_run -&gt; _dummy_run, _dummy_sampler_run; vllm/utils memory_profiling (the torch peak it subtracts)</source>
        <translation>vllm/v1/worker/gpu_model_runner.py profile_run -&gt; _dummy_run、_dummy_sampler_run；vllm/utils memory_profiling（扣除的 torch 峰值）</translation>
    </message>
    <message>
        <location filename="../../model/memory/vllmengine.cpp" line="48"/>
        <source>vllm/v1/worker/gpu_model_runner.py capture_model (the CUDA graphs&apos; pool), vllm/config/compilation.py (the capture sizes); the CUDA context is measured</source>
        <translation>vllm/v1/worker/gpu_model_runner.py capture_model（CUDA 图的内存池）、vllm/config/compilation.py（捕获大小）；CUDA 上下文为实测值</translation>
    </message>
    <message>
        <location filename="../../model/memory/vllmengine.cpp" line="142"/>
        <source>vLLM&apos;s MXFP4 experts on Hopper (Triton kernels) take %1 more per MoE layer than stored: a swizzled copy of their scales beside the loaded ones and float32 biases; up to %2 with the Marlin kernel (Ampere GPUs, builds without triton_kernels), which pads the intermediate size to %3 and the hidden size to %4</source>
        <translation>vLLM 在 Hopper 上的 MXFP4 专家（Triton 内核）每个 MoE 层比存储时多占 %1：在已加载的缩放因子旁另有一份重排（swizzled）副本，以及 float32 偏置；使用 Marlin 内核时（Ampere GPU、未带 triton_kernels 的构建）最多多占 %2，它会将中间层大小填充到 %3、隐藏层大小填充到 %4</translation>
    </message>
    <message>
        <location filename="../../model/memory/vllmengine.cpp" line="195"/>
        <source>%1: convolution state %2 elements x %3 bytes + SSM state %4 elements x %5 bytes per sequence slot x %6 sequences (vLLM&apos;s mamba state cache); constant in the context</source>
        <translation>%1：每个序列槽卷积状态 %2 个元素 x %3 字节 + SSM 状态 %4 个元素 x %5 字节，x %6 个序列（vLLM 的 mamba 状态缓存）；不随上下文变化</translation>
    </message>
    <message>
        <location filename="../../model/memory/vllmengine.cpp" line="217"/>
        <source>vLLM needs %1 sequences x %2 tokens in 16-token blocks</source>
        <translation>vLLM 需要 %1 个序列 x %2 个词元，按 16 个词元的块分配</translation>
    </message>
    <message>
        <location filename="../../model/memory/vllmengine.cpp" line="366"/>
        <source>vLLM&apos;s profile run (the torch peak it measures): the larger of the dummy forward of %1 tokens (%2; max_num_batched_tokens%3) and the sampler warm-up over %4 rows x %5 vocabulary x %6 bytes (%7; gathered logits, their float32 copy and the sort of top-k / top-p). Under tensor parallelism the forward&apos;s projections are split and the sampler is replicated on every rank</source>
        <translation>vLLM 的内存分析运行（其测得的 torch 峰值）：取 %1 个词元的虚拟前向传播（%2；max_num_batched_tokens%3）与采样器预热（%4 行 x 词表 %5 x %6 字节，%7；汇集的 logits、其 float32 副本以及 top-k / top-p 的排序）中的较大者。张量并行时前向传播的投影被切分，采样器在每个 rank 上都完整保留</translation>
    </message>
    <message>
        <location filename="../../model/memory/vllmengine.cpp" line="373"/>
        <source>, or max_model_len without chunked prefill</source>
        <translation>，不启用分块预填充时为 max_model_len</translation>
    </message>
    <message>
        <location filename="../../model/memory/vllmengine.cpp" line="390"/>
        <source>non-torch memory %1 (allocations outside PyTorch; a tensor-parallel group adds its NCCL and all-reduce buffers, about 0.4 GiB per GPU) + CUDA graphs %2 (%3 graphs of %4 pieces%5; captured after the KV pool is sized, from the memory gpu_memory_utilization leaves) + CUDA context %6. vLLM fills gpu_memory_utilization = %7 x GPU memory - weights - activation peak - non-torch memory with KV blocks of %8 tokens; plan shows that pool, the tokens it holds and the concurrency</source>
        <translation>非 torch 内存 %1（PyTorch 之外的分配；张量并行组会再加上 NCCL 和 all-reduce 缓冲区，每块 GPU 约 0.4 GiB）+ CUDA 图 %2（%3 个图，每个 %4 段%5；在 KV 池确定之后捕获，占用 gpu_memory_utilization 留出的内存）+ CUDA 上下文 %6。vLLM 用 %8 词元的 KV 块填满 gpu_memory_utilization = %7 x GPU 显存 - 权重 - 激活峰值 - 非 torch 内存；plan 会显示该池、其容纳的词元数和并发数</translation>
    </message>
    <message>
        <location filename="../../model/memory/vllmengine.cpp" line="400"/>
        <source>, none with --enforce-eager</source>
        <translation>，使用 --enforce-eager 时为零</translation>
    </message>
    <message>
        <location filename="../../model/memory/transformersengine.cpp" line="34"/>
        <source>src/transformers/modeling_utils.py PreTrainedModel.from_pretrained (dtype, device_map), src/transformers/integrations/bitsandbytes.py, src/transformers/integrations/moe.py</source>
        <translation>src/transformers/modeling_utils.py PreTrainedModel.from_pretrained（dtype、device_map）、src/transformers/integrations/bitsandbytes.py、src/transformers/integrations/moe.py</translation>
    </message>
    <message>
        <location filename="../../model/memory/transformersengine.cpp" line="37"/>
        <source>src/transformers/cache_utils.py DynamicCache, DynamicLayer, DynamicSlidingWindowLayer</source>
        <translation>src/transformers/cache_utils.py DynamicCache、DynamicLayer、DynamicSlidingWindowLayer</translation>
    </message>
    <message>
        <location filename="../../model/memory/transformersengine.cpp" line="39"/>
        <source>each hybrid model&apos;s own cache class in src/transformers/models/&lt;model&gt;/modeling_&lt;model&gt;.py (Qwen3NextDynamicCache and its relatives)</source>
        <translation>各混合模型在 src/transformers/models/&lt;model&gt;/modeling_&lt;model&gt;.py 中自己的缓存类（Qwen3NextDynamicCache 及同类）</translation>
    </message>
    <message>
        <location filename="../../model/memory/transformersengine.cpp" line="42"/>
        <source>src/transformers/generation/utils.py GenerationMixin.generate (the whole prompt in one forward), src/transformers/integrations/sdpa_attention.py</source>
        <translation>src/transformers/generation/utils.py GenerationMixin.generate（整段提示一次前向）、src/transformers/integrations/sdpa_attention.py</translation>
    </message>
    <message>
        <location filename="../../model/memory/transformersengine.cpp" line="45"/>
        <source>PyTorch c10/cuda/CUDACachingAllocator.cpp (block rounding and cached blocks); the CUDA context and cuBLAS workspace are measured</source>
        <translation>PyTorch c10/cuda/CUDACachingAllocator.cpp（块取整和缓存块）；CUDA 上下文和 cuBLAS 工作区为实测值</translation>
    </message>
    <message>
        <location filename="../../model/memory/transformersengine.cpp" line="91"/>
        <source>transformers&apos; DynamicCache grows to %1 sequences x %2 tokens; its sliding-window layers keep the last %3 tokens (window - 1) and an 8-byte window scalar each</source>
        <translation>transformers 的 DynamicCache 增长到 %1 个序列 x %2 个词元；其滑动窗口层各保留最后 %3 个词元（窗口 - 1）和一个 8 字节的窗口标量</translation>
    </message>
    <message>
        <location filename="../../model/memory/transformersengine.cpp" line="96"/>
        <source>transformers&apos; cache grows to %1 sequences x %2 tokens</source>
        <translation>transformers 的缓存增长到 %1 个序列 x %2 个词元</translation>
    </message>
    <message>
        <location filename="../../model/memory/transformersengine.cpp" line="137"/>
        <source>%1: convolution state %2 elements (the whole kernel width) in %3 + recurrent state %4 elements in F32 per sequence x %5 sequences; constant in the context</source>
        <translation>%1：每个序列卷积状态 %2 个元素（整个卷积核宽度），类型 %3 + 循环状态 %4 个元素，F32，x %5 个序列；不随上下文变化</translation>
    </message>
    <message>
        <location filename="../../model/memory/transformersengine.cpp" line="240"/>
        <source>the MLP 2 x (3 x %1 + 4 x %2)</source>
        <translation>MLP 2 x (3 x %1 + 4 x %2)</translation>
    </message>
    <message>
        <location filename="../../model/memory/transformersengine.cpp" line="241"/>
        <source>the attention tensors %1</source>
        <translation>注意力张量 %1</translation>
    </message>
    <message>
        <location filename="../../model/memory/transformersengine.cpp" line="243"/>
        <source>the MoE dispatch %1</source>
        <translation>MoE 分发 %1</translation>
    </message>
    <message>
        <location filename="../../model/memory/transformersengine.cpp" line="244"/>
        <source>whole-prompt prefill of %1 sequences x %2 tokens: %3 tokens x %4 bytes (the largest of %5) + last-token logits %1 x %6 x 8 bytes.</source>
        <translation>整段提示预填充 %1 个序列 x %2 个词元：%3 个词元 x %4 字节（取 %5 中的最大者）+ 最后一个词元的 logits %1 x %6 x 8 字节。</translation>
    </message>
    <message>
        <location filename="../../model/memory/transformersengine.cpp" line="254"/>
        <source>MoE layers run grouped_mm: each token becomes %1 rows sorted by expert, the rows&apos; hidden states, expert outputs and their weighted and reordered copies (routing weights in %2-bit).</source>
        <translation>MoE 层通过 grouped_mm 运行：每个词元变为按专家排序的 %1 行，包括这些行的隐藏状态、专家输出及其加权和重排后的副本（路由权重为 %2 位）。</translation>
    </message>
    <message>
        <location filename="../../model/memory/transformersengine.cpp" line="260"/>
        <source>The sliding-window layers still hold the whole prompt until the first decoding step (%1 beyond their window) and SDPA takes their boolean mask (%2).</source>
        <translation>滑动窗口层在第一次解码步骤之前仍持有整段提示（超出其窗口 %1），SDPA 还需要它们的布尔掩码（%2）。</translation>
    </message>
    <message>
        <location filename="../../model/memory/transformersengine.cpp" line="290"/>
        <source>CUDA context and libraries %1 + cuBLAS workspace %2 + caching-allocator slack %3 (2 x the prefill&apos;s largest tensor %4, at least 256 MiB)</source>
        <translation>CUDA 上下文和库 %1 + cuBLAS 工作区 %2 + 缓存分配器余量 %3（预填充中最大张量 %4 的 2 倍，至少 256 MiB）</translation>
    </message>
    <message>
        <location filename="../../model/memory/mlxengine.cpp" line="33"/>
        <source>mlx_lm/utils.py load_model (nn.quantize with the checkpoint&apos;s bits and group size)</source>
        <translation>mlx_lm/utils.py load_model（按检查点的位数和分组大小执行 nn.quantize）</translation>
    </message>
    <message>
        <location filename="../../model/memory/mlxengine.cpp" line="35"/>
        <source>mlx_lm/models/cache.py KVCache.update_and_fetch (grown in steps of 256 tokens), RotatingKVCache (sliding windows)</source>
        <translation>mlx_lm/models/cache.py KVCache.update_and_fetch（每次增长 256 词元）、RotatingKVCache（滑动窗口）</translation>
    </message>
    <message>
        <location filename="../../model/memory/mlxengine.cpp" line="38"/>
        <source>mlx_lm/models/cache.py ArraysCache, mlx_lm/models/gated_delta.py</source>
        <translation>mlx_lm/models/cache.py ArraysCache、mlx_lm/models/gated_delta.py</translation>
    </message>
    <message>
        <location filename="../../model/memory/mlxengine.cpp" line="40"/>
        <source>mlx_lm/generate.py generate_step (the prompt in chunks of prefill_step_size)</source>
        <translation>mlx_lm/generate.py generate_step（提示按 prefill_step_size 分块）</translation>
    </message>
    <message>
        <location filename="../../model/memory/mlxengine.cpp" line="42"/>
        <source>mlx/backend/metal/allocator.cpp (the buffer cache); the Metal context is measured</source>
        <translation>mlx/backend/metal/allocator.cpp（缓冲区缓存）；Metal 上下文为实测值</translation>
    </message>
    <message>
        <location filename="../../model/memory/mlxengine.cpp" line="82"/>
        <source>mlx-lm grows the cache in steps of 256 tokens per sequence</source>
        <translation>mlx-lm 按每序列 256 个词元的步长增长缓存</translation>
    </message>
    <message>
        <location filename="../../model/memory/mlxengine.cpp" line="123"/>
        <source>%1: convolution state %2 elements in %3 + recurrent state %4 elements in F32 per sequence x %5 sequences; constant in the context</source>
        <translation>%1：每个序列卷积状态 %2 个元素，类型 %3 + 循环状态 %4 个元素，F32，x %5 个序列；不随上下文变化</translation>
    </message>
    <message>
        <location filename="../../model/memory/memoryestimator.cpp" line="532"/>
        <source>MLA latent (%1 + %2 rope) x %3</source>
        <translation>MLA 潜变量（%1 + %2 rope）x %3</translation>
    </message>
    <message>
        <location filename="../../model/memory/memoryestimator.cpp" line="534"/>
        <source>K %1 heads x %2 + V %1 heads x %3, %4</source>
        <translation>K %1 个头 x %2 + V %1 个头 x %3，%4</translation>
    </message>
    <message>
        <location filename="../../model/memory/memoryestimator.cpp" line="540"/>
        <source>2 (K,V) x %1 KV heads x %2 dims x %3</source>
        <translation>2 (K,V) x %1 个 KV 头 x %2 维 x %3</translation>
    </message>
    <message>
        <location filename="../../model/memory/memoryestimator.cpp" line="552"/>
        <source>%1 layers x %2 tokens</source>
        <translation>%1 层 x %2 个词元</translation>
    </message>
    <message>
        <location filename="../../model/memory/memoryestimator.cpp" line="554"/>
        <source> + %1 sliding-window layers x %2 tokens (window %3)</source>
        <translation> + %1 个滑动窗口层 x %2 个词元（窗口 %3）</translation>
    </message>
    <message>
        <location filename="../../model/memory/memoryestimator.cpp" line="565"/>
        <source>%1 x %2 = %3 bytes per layer and token. %4.</source>
        <translation>%1 x %2 = 每层每词元 %3 字节。%4。</translation>
    </message>
    <message>
        <location filename="../../model/memory/llamacppengine.cpp" line="33"/>
        <source>src/llama-model.cpp llama_model::load_tensors (every tensor at its GGUF type; the token embedding stays in CPU memory), src/llama-quant.cpp llama_tensor_get_type (the per-tensor types of each recipe)</source>
        <translation>src/llama-model.cpp llama_model::load_tensors（每个张量按其 GGUF 类型；词嵌入留在 CPU 内存），src/llama-quant.cpp llama_tensor_get_type（各方案的逐张量类型）</translation>
    </message>
    <message>
        <location filename="../../model/memory/llamacppengine.cpp" line="37"/>
        <source>src/llama-kv-cache.cpp llama_kv_cache::llama_kv_cache (one K and one V tensor per layer of n_ctx cells), src/llama-kv-cache-iswa.cpp (the sliding-window layers&apos; own cache), src/llama-kv-cache-dsa.cpp (the sparse-attention indexer&apos;s keys)</source>
        <translation>src/llama-kv-cache.cpp llama_kv_cache::llama_kv_cache（每层一个 K 和一个 V 张量，共 n_ctx 个单元），src/llama-kv-cache-iswa.cpp（滑动窗口层自己的缓存），src/llama-kv-cache-dsa.cpp（稀疏注意力索引器的键）</translation>
    </message>
    <message>
        <location filename="../../model/memory/llamacppengine.cpp" line="41"/>
        <source>src/llama-memory-recurrent.cpp llama_memory_recurrent::llama_memory_recurrent (an r and an s tensor per layer, one row per sequence, F32), src/llama-memory-hybrid.cpp</source>
        <translation>src/llama-memory-recurrent.cpp llama_memory_recurrent::llama_memory_recurrent（每层一个 r 和一个 s 张量，每个序列一行，F32），src/llama-memory-hybrid.cpp</translation>
    </message>
    <message>
        <location filename="../../model/memory/llamacppengine.cpp" line="44"/>
        <source>src/llama-context.cpp llama_context::llama_context -&gt; graph_reserve (ggml_backend_sched_reserve of the largest micro-batch graph), output_reserve (the logits buffer)</source>
        <translation>src/llama-context.cpp llama_context::llama_context -&gt; graph_reserve（对最大微批次计算图执行 ggml_backend_sched_reserve），output_reserve（logits 缓冲区）</translation>
    </message>
    <message>
        <location filename="../../model/memory/llamacppengine.cpp" line="48"/>
        <source>ggml/src/ggml-cuda/ggml-cuda.cu (device context, memory pool, cuBLAS handle); the size is measured, not read from the source</source>
        <translation>ggml/src/ggml-cuda/ggml-cuda.cu（设备上下文、内存池、cuBLAS 句柄）；大小为实测值，并非从源码读出</translation>
    </message>
    <message>
        <location filename="../../model/memory/llamacppengine.cpp" line="196"/>
        <source>%1: F32 convolution state %2 + SSM state %3 elements per sequence x %4 sequences (llama.cpp&apos;s recurrent memory, one row per parallel sequence); constant in the context</source>
        <translation>%1：每个序列 F32 卷积状态 %2 + SSM 状态 %3 个元素 x %4 个序列（llama.cpp 的循环内存，每个并行序列一行）；不随上下文变化</translation>
    </message>
    <message>
        <location filename="../../model/memory/llamacppengine.cpp" line="208"/>
        <source>llama.cpp allocates the whole n_ctx = %1 x %2 sequences (padded to 256) at load, in one unified cache</source>
        <translation>llama.cpp 在加载时以一个统一缓存分配完整的 n_ctx = %1 x %2 个序列（按 256 对齐）</translation>
    </message>
    <message>
        <location filename="../../model/memory/llamacppengine.cpp" line="212"/>
        <source>llama.cpp allocates n_ctx = %1 x %2 sequences at load, one stream of %1 cells (padded to 256) per sequence</source>
        <translation>llama.cpp 在加载时分配 n_ctx = %1 x %2 个序列，每个序列一个 %1 个单元的流（按 256 对齐）</translation>
    </message>
    <message>
        <location filename="../../model/memory/llamacppengine.cpp" line="218"/>
        <source>llama.cpp runs %1 without a sliding window, so every layer holds the whole context</source>
        <translation>llama.cpp 运行 %1 时不使用滑动窗口，因此每一层都保存完整上下文</translation>
    </message>
    <message>
        <location filename="../../model/memory/llamacppengine.cpp" line="304"/>
        <source>compute buffer %1 (largest phase: %2 for a micro-batch of %3 tokens; logits %4 x %9 rows x 4 bytes%5) + output buffer %6 (%7 x 4 bytes x %8 sequences)</source>
        <translation>计算缓冲区 %1（最大阶段：%3 个词元的微批次需 %2；logits %4 x %9 行 x 4 字节%5）+ 输出缓冲区 %6（%7 x 4 字节 x %8 个序列）</translation>
    </message>
    <message>
        <location filename="../../model/memory/llamacppengine.cpp" line="309"/>
        <source>; flash attention on</source>
        <translation>；Flash Attention 已开启</translation>
    </message>
    <message>
        <location filename="../../model/memory/llamacppengine.cpp" line="310"/>
        <source>; scores %1 heads x %2 cells x %3 tokens x 4 bytes</source>
        <translation>；注意力分数 %1 个头 x %2 个单元 x %3 个词元 x 4 字节</translation>
    </message>
    <message>
        <location filename="../../model/memory/mlxengine.cpp" line="139"/>
        <source>one prefill step of %1 tokens x %2 sequences</source>
        <translation>一次预填充步骤 %1 个词元 x %2 个序列</translation>
    </message>
    <message>
        <location filename="../../model/memory/enginerules.cpp" line="95"/>
        <source>%1: %2 tokens x %3 bytes (max of MLP 2 x (3 x %4 + 4 x %5) and attention tensors) + last-token logits %6 x %7 x 8 bytes</source>
        <translation>%1：%2 个词元 x %3 字节（MLP 2 x (3 x %4 + 4 x %5) 与注意力张量中的较大者）+ 最后一个词元的 logits %6 x %7 x 8 字节</translation>
    </message>
    <message>
        <location filename="../../model/memory/enginerules.cpp" line="229"/>
        <source>%1 Gated DeltaNet layers</source>
        <translation>%1 个 Gated DeltaNet 层</translation>
    </message>
    <message>
        <location filename="../../model/memory/enginerules.cpp" line="231"/>
        <source>%1 Mamba2 layers</source>
        <translation>%1 个 Mamba2 层</translation>
    </message>
    <message>
        <location filename="../../model/memory/enginerules.cpp" line="233"/>
        <source>%1 short-convolution layers</source>
        <translation>%1 个短卷积层</translation>
    </message>
    <message>
        <location filename="../../model/memory/enginerules.cpp" line="235"/>
        <source>%1 Kimi Delta Attention layers</source>
        <translation>%1 个 Kimi Delta Attention 层</translation>
    </message>
    <message>
        <location filename="../../model/memory/enginerules.cpp" line="250"/>
        <source>%1: convolution state %2 + SSM state %3 elements per sequence, assumed F32 (16-bit at the low end) x %4 sequences; constant in the context</source>
        <translation>%1：每个序列卷积状态 %2 + SSM 状态 %3 个元素，按 F32 计（下限按 16 位）x %4 个序列；不随上下文变化</translation>
    </message>
    <message>
        <location filename="../../model/memory/llamacppengine.cpp" line="334"/>
        <source>GPU backend context and scratch of llama.cpp (CUDA/Metal/Vulkan), about 300 MiB per GPU; none when running on the CPU alone</source>
        <translation>llama.cpp 的 GPU 后端上下文和暂存空间（CUDA/Metal/Vulkan），每个 GPU 约 300 MiB；仅用 CPU 运行时为零</translation>
    </message>
    <message>
        <location filename="../../model/memory/mlxengine.cpp" line="149"/>
        <source>Metal context and MLX&apos;s buffer cache, about 256 MiB</source>
        <translation>Metal 上下文和 MLX 的缓冲区缓存，约 256 MiB</translation>
    </message>
    <message>
        <location filename="../../model/memory/memoryestimator.cpp" line="801"/>
        <source>context %1 exceeds the model&apos;s trained maximum of %2 tokens</source>
        <translation>上下文 %1 超过了模型训练时的最大值 %2 个词元</translation>
    </message>
</context>
<context>
    <name>Planner::ModelCatalog</name>
    <message>
        <location filename="../../model/io/modelcatalog.cpp" line="47"/>
        <source>&apos;%1&apos; is also a name of %2; the alias is ignored</source>
        <translation>“%1”也是 %2 的名称，已忽略该别名</translation>
    </message>
    <message>
        <location filename="../../model/io/modelcatalog.cpp" line="105"/>
        <source>must not hold an empty name</source>
        <translation>不能包含空名称</translation>
    </message>
    <message>
        <location filename="../../model/io/modelcatalog.cpp" line="118"/>
        <source>must map recipe ids to Hugging Face repository ids</source>
        <translation>必须把量化方案 ID 映射到 Hugging Face 仓库 ID</translation>
    </message>
    <message>
        <location filename="../../model/io/modelcatalog.cpp" line="123"/>
        <source>&apos;%1&apos; must name a repository as owner/name</source>
        <translation>“%1”必须以 owner/name 形式指明仓库</translation>
    </message>
    <message>
        <location filename="../../model/io/modelcatalog.cpp" line="130"/>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../model/io/modelcatalog.cpp" line="109"/>
        <source>must be a positive whole number of tokens</source>
        <translation>必须是正整数个词元</translation>
    </message>
</context>
<context>
    <name>Planner::ModelCatalogModel</name>
    <message>
        <location filename="../../model/items/modelcatalogmodel.cpp" line="40"/>
        <source>Custom models</source>
        <translation>自定义模型</translation>
    </message>
    <message>
        <location filename="../../model/items/modelcatalogmodel.cpp" line="220"/>
        <source>%1 (%2): %3 parameters, %4 active per token, up to %5 tokens of context, licence %6</source>
        <translation>%1（%2）：%3 个参数，每个词元激活 %4 个，上下文最多 %5 个词元，许可证 %6</translation>
    </message>
    <message>
        <location filename="../../model/items/modelcatalogmodel.cpp" line="223"/>
        <source>%1 (%2): %3 parameters, up to %4 tokens of context, licence %5</source>
        <translation>%1（%2）：%3 个参数，上下文最多 %4 个词元，许可证 %5</translation>
    </message>
    <message>
        <location filename="../../model/items/modelcatalogmodel.cpp" line="226"/>
        <source>%1; trained for %2 tokens, though its config.json says %3</source>
        <translation>%1；训练长度为 %2 词元，但其 config.json 写的是 %3</translation>
    </message>
    <message>
        <location filename="../../model/items/modelcatalogmodel.cpp" line="229"/>
        <source>Custom model: %1</source>
        <translation>自定义模型：%1</translation>
    </message>
    <message>
        <location filename="../../model/items/modelcatalogmodel.cpp" line="279"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../model/items/modelcatalogmodel.cpp" line="281"/>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <location filename="../../model/items/modelcatalogmodel.cpp" line="283"/>
        <source>Active</source>
        <translation>激活参数</translation>
    </message>
    <message>
        <location filename="../../model/items/modelcatalogmodel.cpp" line="285"/>
        <source>Max context</source>
        <translation>最大上下文</translation>
    </message>
    <message>
        <location filename="../../model/items/modelcatalogmodel.cpp" line="81"/>
        <source>Opened files</source>
        <translation>已打开的文件</translation>
    </message>
</context>
<context>
    <name>Planner::ModelFile</name>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="105"/>
        <source>some tensor names carry layer numbers of %1 or more; they are counted outside the layers</source>
        <translation>部分张量名称带有 %1 或更大的层号；它们被计入层之外</translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="110"/>
        <source>tensors reach layer %1 but the architecture has %2 layers</source>
        <translation>张量用到了第 %1 层，但该架构只有 %2 层</translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="150"/>
        <source>%1: a split set of %2 files is not plausible</source>
        <translation>%1：%2 个文件的分片集不合理</translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="161"/>
        <source>%1: part %2 of the %3-file split set is missing (%4)</source>
        <translation>%1：%3 个文件的分片集缺少第 %2 部分（%4）</translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="179"/>
        <source>%1: split.no is %2 but the file name says part %3</source>
        <translation>%1：split.no 为 %2，但文件名表明是第 %3 部分</translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="183"/>
        <source>%1: split.count is %2 but the file name says %3 parts</source>
        <translation>%1：split.count 为 %2，但文件名表明共 %3 部分</translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="219"/>
        <source>%1: tensor &apos;%2&apos; also appears in an earlier part of the split set</source>
        <translation>%1：张量 &apos;%2&apos; 也出现在分片集中较前的部分</translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="237"/>
        <source>%1: split.tensors.count says %2 tensors, the parts hold %3</source>
        <translation>%1：split.tensors.count 称有 %2 个张量，但各部分共有 %3 个</translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="249"/>
        <source>%1: no general.architecture; only sizes are known</source>
        <translation>%1：没有 general.architecture；只知道大小</translation>
    </message>
    <message>
        <location filename="../../model/io/shardindex.cpp" line="90"/>
        <location filename="../../model/io/shardindex.cpp" line="172"/>
        <source>%1: not a JSON object (truncated or corrupt)</source>
        <translation>%1：不是 JSON 对象（被截断或已损坏）</translation>
    </message>
    <message>
        <location filename="../../model/io/shardindex.cpp" line="109"/>
        <source>%1: weight_map is missing or empty</source>
        <translation>%1：weight_map 缺失或为空</translation>
    </message>
    <message>
        <location filename="../../model/io/shardindex.cpp" line="136"/>
        <source>%1: weight_map lists tensor &apos;%2&apos; twice</source>
        <translation>%1：weight_map 重复列出了张量 &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../model/io/shardindex.cpp" line="180"/>
        <source>%1: weight_map.%2 must be a file name</source>
        <translation>%1：weight_map.%2 必须是文件名</translation>
    </message>
    <message>
        <location filename="../../model/io/shardindex.cpp" line="193"/>
        <source>%1: weight_map names &apos;%2&apos;, which is not a file name in this folder</source>
        <translation>%1：weight_map 指向 &apos;%2&apos;，但它不是此文件夹中的文件名</translation>
    </message>
    <message>
        <location filename="../../model/io/shardindex.cpp" line="197"/>
        <source>%1: more than %2 shard files</source>
        <translation>%1：分片文件超过 %2 个</translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="372"/>
        <source>%1: no config.json next to the weights; only sizes are known</source>
        <translation>%1：权重旁没有 config.json；只知道大小</translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="459"/>
        <source>%1: shard %2 is missing</source>
        <translation>%1：缺少分片 %2</translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="436"/>
        <source>%1: tensor &apos;%2&apos; also appears in another shard</source>
        <translation>%1：张量 &apos;%2&apos; 也出现在另一个分片中</translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="477"/>
        <source>%1: tensor &apos;%2&apos; is not listed in the index</source>
        <translation>%1：张量 &apos;%2&apos; 未在索引中列出</translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="481"/>
        <source>%1: tensor &apos;%2&apos; is listed in the index under %3</source>
        <translation>%1：张量 &apos;%2&apos; 在索引中列于 %3 之下</translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="510"/>
        <source>%1: %2 tensors listed in the index are in none of the shards</source>
        <translation>%1：索引中列出的 %2 个张量不在任何分片中</translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="552"/>
        <source>%1 holds several GGUF models (%2); open one of them</source>
        <translation>%1 包含多个 GGUF 模型（%2）；请打开其中一个</translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="555"/>
        <source>%1 holds no model weights (no .safetensors or .gguf files)</source>
        <translation>%1 不包含模型权重（没有 .safetensors 或 .gguf 文件）</translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="877"/>
        <source>is not a JSON object (truncated or malformed)</source>
        <translation>不是 JSON 对象（被截断或格式错误）</translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="904"/>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="583"/>
        <source>must be a whole number from %1 to %2</source>
        <translation>必须是 %1 到 %2 之间的整数</translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="758"/>
        <location filename="../../model/io/modelfile.cpp" line="911"/>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="653"/>
        <source>bitsandbytes needs load_in_4bit or load_in_8bit</source>
        <translation>bitsandbytes 需要 load_in_4bit 或 load_in_8bit</translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="227"/>
        <source>%1: the parts of the split set hold more than %2 tensors together</source>
        <translation>%1：拆分文件集的各部分合计包含超过 %2 个张量</translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="498"/>
        <source>%1: and %2 more tensors not listed in it</source>
        <translation>%1：另有 %2 个张量未在其中列出</translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="500"/>
        <source>%1: and %2 more tensors listed under another shard than the one holding them</source>
        <translation>%1：另有 %2 个张量列在了并非实际存放它们的分片下</translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="667"/>
        <source>must hold positive whole numbers</source>
        <translation>必须包含正整数</translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="750"/>
        <source>is missing or empty</source>
        <translation>缺失或为空</translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="928"/>
        <source>%1: no such file or folder</source>
        <translation>%1：没有这样的文件或文件夹</translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="957"/>
        <source>%1: not a model file (expected .gguf, .safetensors or a Hugging Face folder)</source>
        <translation>%1：不是模型文件（应为 .gguf、.safetensors 或 Hugging Face 文件夹）</translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="985"/>
        <source>%1 is a vision projector (mmproj); open the language model and add the projector to it</source>
        <translation>%1 是视觉投影器（mmproj）；请打开语言模型并将投影器添加到其中</translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="991"/>
        <source>%1: the architecture could not be derived (%2)</source>
        <translation>%1：无法推断架构（%2）</translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="992"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="997"/>
        <source>%1 holds no tensors</source>
        <translation>%1 不包含张量</translation>
    </message>
    <message>
        <location filename="../../model/io/modelfile.cpp" line="1016"/>
        <source>%1 is not a vision projector (mmproj) file</source>
        <translation>%1 不是视觉投影器（mmproj）文件</translation>
    </message>
</context>
<context>
    <name>Planner::NvmlProbe</name>
    <message>
        <location filename="../../model/hardware/nvmlprobe.cpp" line="58"/>
        <source>NVML (%1) could not be loaded: %2</source>
        <translation>无法加载 NVML（%1）：%2</translation>
    </message>
    <message>
        <location filename="../../model/hardware/nvmlprobe.cpp" line="69"/>
        <source>NVML (%1) lacks the functions FitPlanner needs (nvmlInit_v2, nvmlDeviceGetCount_v2, nvmlDeviceGetHandleByIndex_v2, nvmlDeviceGetName, nvmlDeviceGetMemoryInfo); the driver is too old</source>
        <translation>NVML（%1）缺少 FitPlanner 所需的函数（nvmlInit_v2、nvmlDeviceGetCount_v2、nvmlDeviceGetHandleByIndex_v2、nvmlDeviceGetName、nvmlDeviceGetMemoryInfo）；驱动版本过旧</translation>
    </message>
    <message>
        <location filename="../../model/hardware/nvmlprobe.cpp" line="178"/>
        <source>NVML is not available</source>
        <translation>NVML 不可用</translation>
    </message>
    <message>
        <location filename="../../model/hardware/nvmlprobe.cpp" line="182"/>
        <source>NVML could not start: nvmlInit_v2 returned %1; NVIDIA GPUs cannot be read</source>
        <translation>NVML 无法启动：nvmlInit_v2 返回 %1；无法读取 NVIDIA GPU</translation>
    </message>
    <message>
        <location filename="../../model/hardware/nvmlprobe.cpp" line="187"/>
        <source>nvmlDeviceGetCount_v2 returned %1; NVIDIA GPUs cannot be listed</source>
        <translation>nvmlDeviceGetCount_v2 返回 %1；无法列出 NVIDIA GPU</translation>
    </message>
    <message>
        <location filename="../../model/hardware/nvmlprobe.cpp" line="192"/>
        <source>NVML reports %1 GPUs, more than the %2 FitPlanner reads; only the first %2 are listed</source>
        <translation>NVML 报告 %1 个 GPU，超过 FitPlanner 读取的上限 %2 个；只列出前 %2 个</translation>
    </message>
    <message>
        <location filename="../../model/hardware/nvmlprobe.cpp" line="203"/>
        <source>nvmlSystemGetDriverVersion returned %1; the driver version is unknown</source>
        <translation>nvmlSystemGetDriverVersion 返回 %1；驱动版本未知</translation>
    </message>
    <message>
        <location filename="../../model/hardware/nvmlprobe.cpp" line="208"/>
        <source>GPU %1: nvmlDeviceGetHandleByIndex_v2 returned %2; the GPU is skipped</source>
        <translation>GPU %1：nvmlDeviceGetHandleByIndex_v2 返回 %2；跳过该 GPU</translation>
    </message>
    <message>
        <location filename="../../model/hardware/nvmlprobe.cpp" line="221"/>
        <source>GPU %1: nvmlDeviceGetName returned %2</source>
        <translation>GPU %1：nvmlDeviceGetName 返回 %2</translation>
    </message>
    <message>
        <location filename="../../model/hardware/nvmlprobe.cpp" line="223"/>
        <source>NVIDIA GPU %1</source>
        <translation>NVIDIA GPU %1</translation>
    </message>
    <message>
        <location filename="../../model/hardware/nvmlprobe.cpp" line="226"/>
        <source>GPU %1 (%2): nvmlDeviceGetMemoryInfo returned %3; the GPU is skipped because its memory is unknown</source>
        <translation>GPU %1（%2）：nvmlDeviceGetMemoryInfo 返回 %3；由于显存未知，跳过该 GPU</translation>
    </message>
    <message>
        <location filename="../../model/hardware/nvmlprobe.cpp" line="234"/>
        <source>GPU %1 (%2): NVML reports an implausible memory size of %3 bytes; the GPU is skipped</source>
        <translation>GPU %1（%2）：NVML 报告的显存大小 %3 字节不合理；跳过该 GPU</translation>
    </message>
    <message>
        <location filename="../../model/hardware/nvmlprobe.cpp" line="245"/>
        <source>GPU %1 (%2): NVML reports free %3 / used %4 bytes of %5; free memory is unknown</source>
        <translation>GPU %1（%2）：NVML 报告空闲 %3 / 已用 %4 字节（共 %5）；空闲显存未知</translation>
    </message>
</context>
<context>
    <name>Planner::PlacementModel</name>
    <message>
        <location filename="../../model/items/placementmodel.cpp" line="52"/>
        <source>holds the token embeddings</source>
        <translation>存放词嵌入</translation>
    </message>
    <message>
        <location filename="../../model/items/placementmodel.cpp" line="54"/>
        <source>holds the output layer</source>
        <translation>存放输出层</translation>
    </message>
    <message>
        <location filename="../../model/items/placementmodel.cpp" line="56"/>
        <source>memory bandwidth %1 GB/s</source>
        <translation>内存带宽 %1 GB/s</translation>
    </message>
    <message>
        <location filename="../../model/items/placementmodel.cpp" line="64"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../model/items/placementmodel.cpp" line="91"/>
        <source>%1 of %2 used</source>
        <translation>已用 %1 / %2</translation>
    </message>
    <message>
        <location filename="../../model/items/placementmodel.cpp" line="98"/>
        <source>short by %1</source>
        <translation>缺少 %1</translation>
    </message>
    <message>
        <location filename="../../model/items/placementmodel.cpp" line="115"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../model/items/placementmodel.cpp" line="117"/>
        <source>Layers</source>
        <translation>层数</translation>
    </message>
    <message>
        <location filename="../../model/items/placementmodel.cpp" line="119"/>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../model/items/placementmodel.cpp" line="121"/>
        <source>KV cache</source>
        <translation>KV 缓存</translation>
    </message>
    <message>
        <location filename="../../model/items/placementmodel.cpp" line="123"/>
        <source>Compute</source>
        <translation>计算缓冲</translation>
    </message>
    <message>
        <location filename="../../model/items/placementmodel.cpp" line="125"/>
        <source>Overhead</source>
        <translation>开销</translation>
    </message>
    <message>
        <location filename="../../model/items/placementmodel.cpp" line="127"/>
        <source>Free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../../model/items/placementmodel.cpp" line="129"/>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <location filename="../../model/items/placementmodel.cpp" line="131"/>
        <source>Usage</source>
        <translation>占用</translation>
    </message>
</context>
<context>
    <name>Planner::QuantAssign</name>
    <message numerus="yes">
        <location filename="../../model/quant/quantassign.cpp" line="105"/>
        <source>%n tensor(s) keep 16-bit weights: their input width is not a multiple of the group size</source>
        <translation>
            <numerusform>%n 个张量保留 16 位权重：其输入宽度不是分组大小的整数倍</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Planner::QuantCatalog</name>
    <message>
        <location filename="../../model/quant/quantcatalog.cpp" line="72"/>
        <source>&apos;%1&apos; is not a known storage kind</source>
        <translation>&apos;%1&apos; 不是已知的存储类型</translation>
    </message>
    <message>
        <location filename="../../model/quant/quantcatalog.cpp" line="112"/>
        <source>&apos;%1&apos; is not gguf, hf or mlx</source>
        <translation>&apos;%1&apos; 不是 gguf、hf 或 mlx</translation>
    </message>
    <message>
        <location filename="../../model/quant/quantcatalog.cpp" line="115"/>
        <source>must list at least one engine</source>
        <translation>必须至少列出一个引擎</translation>
    </message>
    <message>
        <location filename="../../model/quant/quantcatalog.cpp" line="128"/>
        <source>&apos;%1&apos; is not always, native or never</source>
        <translation>“%1”不是 always、native 或 never</translation>
    </message>
    <message>
        <location filename="../../model/quant/quantcatalog.cpp" line="131"/>
        <source>is only read for hf and mlx recipes (GGUF file types choose per tensor)</source>
        <translation>仅用于 hf 和 mlx 方案（GGUF 文件类型按张量选择）</translation>
    </message>
    <message>
        <location filename="../../model/quant/quantcatalog.cpp" line="135"/>
        <source>names the unknown storage type &apos;%1&apos;</source>
        <translation>引用了未知的存储类型 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../model/quant/quantcatalog.cpp" line="141"/>
        <source>must say where the kld figure is published</source>
        <translation>必须注明 kld 数值的出处</translation>
    </message>
</context>
<context>
    <name>Planner::QuantComparisonModel</name>
    <message>
        <location filename="../../model/items/quantcomparisonmodel.cpp" line="69"/>
        <source>Weights + KV cache + activations + overhead</source>
        <translation>权重 + KV 缓存 + 激活 + 开销</translation>
    </message>
    <message>
        <location filename="../../model/items/quantcomparisonmodel.cpp" line="126"/>
        <source>%1 bits per weight: %2</source>
        <translation>每个权重 %1 位：%2</translation>
    </message>
</context>
<context>
    <name>Planner::RecommendationModel</name>
    <message>
        <location filename="../../model/items/recommendationmodel.cpp" line="37"/>
        <source>Fits on GPU</source>
        <translation>GPU 可容纳</translation>
    </message>
    <message>
        <location filename="../../model/items/recommendationmodel.cpp" line="37"/>
        <source>Tight on GPU</source>
        <translation>GPU 上紧张</translation>
    </message>
    <message>
        <location filename="../../model/items/recommendationmodel.cpp" line="39"/>
        <source>CPU offload (%1 of %2 layers on GPU)</source>
        <translation>CPU 卸载（%2 层中 %1 层在 GPU）</translation>
    </message>
    <message>
        <location filename="../../model/items/recommendationmodel.cpp" line="41"/>
        <source>CPU only</source>
        <translation>仅 CPU</translation>
    </message>
    <message>
        <location filename="../../model/items/recommendationmodel.cpp" line="45"/>
        <source>Does not fit</source>
        <translation>放不下</translation>
    </message>
    <message>
        <location filename="../../model/items/recommendationmodel.cpp" line="53"/>
        <source>KV cache %1</source>
        <translation>KV 缓存 %1</translation>
    </message>
    <message>
        <location filename="../../model/items/recommendationmodel.cpp" line="54"/>
        <source>%1 tokens</source>
        <translation>%1 词元</translation>
    </message>
    <message>
        <location filename="../../model/items/recommendationmodel.cpp" line="56"/>
        <source>%1 tokens/s</source>
        <translation>%1 词元/秒</translation>
    </message>
    <message>
        <location filename="../../model/items/recommendationmodel.cpp" line="57"/>
        <source>speed unknown</source>
        <translation>速度未知</translation>
    </message>
    <message>
        <location filename="../../model/items/recommendationmodel.cpp" line="58"/>
        <source>%1: %2, %3, %4</source>
        <translation>%1：%2，%3，%4</translation>
    </message>
    <message>
        <location filename="../../model/items/recommendationmodel.cpp" line="116"/>
        <source>Mean KL divergence of the next-token distribution against the 16-bit model, as published for this quantization (0: no loss; lower is better)</source>
        <translation>下一词元分布相对 16 位模型的平均 KL 散度，取自此量化公布的数据（0：无损失；越低越好）</translation>
    </message>
    <message>
        <location filename="../../model/items/recommendationmodel.cpp" line="144"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../model/items/recommendationmodel.cpp" line="146"/>
        <source>Best quantization</source>
        <translation>最佳量化</translation>
    </message>
    <message>
        <location filename="../../model/items/recommendationmodel.cpp" line="148"/>
        <source>Largest context</source>
        <translation>最大上下文</translation>
    </message>
    <message>
        <location filename="../../model/items/recommendationmodel.cpp" line="150"/>
        <source>Speed (tokens/s)</source>
        <translation>速度（tokens/s）</translation>
    </message>
    <message>
        <location filename="../../model/items/recommendationmodel.cpp" line="152"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../model/items/recommendationmodel.cpp" line="154"/>
        <source>Quality loss (KLD)</source>
        <translation>质量损失（KLD）</translation>
    </message>
    <message>
        <location filename="../../model/items/recommendationmodel.cpp" line="156"/>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../model/items/recommendationmodel.cpp" line="94"/>
        <location filename="../../model/items/recommendationmodel.cpp" line="112"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../model/items/recommendationmodel.cpp" line="96"/>
        <source>The GPU&apos;s memory bandwidth is not known: choose it in the hardware panel&apos;s what-if mode.</source>
        <translation>GPU 的显存带宽未知：请在硬件面板的“假设”模式中选择 GPU。</translation>
    </message>
</context>
<context>
    <name>Planner::Report</name>
    <message>
        <location filename="../../model/plan/report.cpp" line="52"/>
        <location filename="../../model/plan/report.cpp" line="97"/>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../model/plan/report.cpp" line="53"/>
        <location filename="../../model/plan/report.cpp" line="97"/>
        <source>KV cache</source>
        <translation>KV 缓存</translation>
    </message>
    <message>
        <location filename="../../model/plan/report.cpp" line="55"/>
        <source>Recurrent state</source>
        <translation>循环状态</translation>
    </message>
    <message>
        <location filename="../../model/plan/report.cpp" line="57"/>
        <source>Activations</source>
        <translation>激活</translation>
    </message>
    <message>
        <location filename="../../model/plan/report.cpp" line="59"/>
        <source>Overhead</source>
        <translation>运行时开销</translation>
    </message>
    <message>
        <location filename="../../model/plan/report.cpp" line="65"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location filename="../../model/plan/report.cpp" line="71"/>
        <source>Where %1 decides each figure</source>
        <translation>%1 在哪里决定每个数字</translation>
    </message>
    <message>
        <location filename="../../model/plan/report.cpp" line="72"/>
        <source>Read from the source of %1:</source>
        <translation>读自 %1 的源码：</translation>
    </message>
    <message>
        <location filename="../../model/plan/report.cpp" line="79"/>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <location filename="../../model/plan/report.cpp" line="80"/>
        <source>Component</source>
        <translation>组成部分</translation>
    </message>
    <message>
        <location filename="../../model/plan/report.cpp" line="80"/>
        <source>Estimate</source>
        <translation>估算</translation>
    </message>
    <message>
        <location filename="../../model/plan/report.cpp" line="81"/>
        <source>Range</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../model/plan/report.cpp" line="81"/>
        <location filename="../../model/plan/report.cpp" line="283"/>
        <source>How it is computed</source>
        <translation>计算方式</translation>
    </message>
    <message>
        <location filename="../../model/plan/report.cpp" line="88"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../model/plan/report.cpp" line="94"/>
        <source>Placement</source>
        <translation>放置</translation>
    </message>
    <message>
        <location filename="../../model/plan/report.cpp" line="96"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../model/plan/report.cpp" line="96"/>
        <source>Used</source>
        <translation>已用</translation>
    </message>
    <message>
        <location filename="../../model/plan/report.cpp" line="97"/>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <location filename="../../model/plan/report.cpp" line="98"/>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <location filename="../../model/plan/report.cpp" line="98"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../model/plan/report.cpp" line="106"/>
        <source>Speed: about %1 tokens/s decode, %2 s to prefill %3 tokens.</source>
        <translation>速度：解码约 %1 token/秒，预填充 %3 个 token 需 %2 秒。</translation>
    </message>
    <message>
        <location filename="../../model/plan/report.cpp" line="112"/>
        <source>Command:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <location filename="../../model/plan/report.cpp" line="120"/>
        <source>%1 (%2 bits per weight), %3, context %4 tokens x %5 sequence(s), KV cache %6.</source>
        <translation>%1（每权重 %2 位），%3，上下文 %4 个 token × %5 个序列，KV 缓存 %6。</translation>
    </message>
    <message>
        <location filename="../../model/plan/report.cpp" line="128"/>
        <source>Parameters: %1 total, %2 active. Engine rules: %3.</source>
        <translation>参数量：共 %1，激活 %2。引擎规则：%3。</translation>
    </message>
    <message>
        <location filename="../../model/plan/report.cpp" line="139"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../model/plan/report.cpp" line="143"/>
        <source>Made by FitPlanner %1.</source>
        <translation>由 FitPlanner %1 生成。</translation>
    </message>
    <message>
        <location filename="../../model/plan/report.cpp" line="280"/>
        <source>(range: %1)</source>
        <translation>（范围：%1）</translation>
    </message>
    <message>
        <location filename="../../model/plan/report.cpp" line="282"/>
        <source>(exact)</source>
        <translation>（精确值）</translation>
    </message>
    <message>
        <location filename="../../model/plan/report.cpp" line="284"/>
        <source>The engine&apos;s rule in its source</source>
        <translation>引擎源码中的规则</translation>
    </message>
    <message>
        <location filename="../../model/plan/report.cpp" line="307"/>
        <location filename="../../model/plan/report.cpp" line="312"/>
        <source>%1: cannot be written: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
</context>
<context>
    <name>Planner::SafetensorsReader</name>
    <message>
        <location filename="../../model/io/safetensorsreader.cpp" line="237"/>
        <source>the header of %1 bytes exceeds the limit of %2</source>
        <translation>%1 字节的文件头超过了上限 %2</translation>
    </message>
    <message>
        <location filename="../../model/io/safetensorsreader.cpp" line="239"/>
        <source>the data section has a negative size</source>
        <translation>数据段大小为负</translation>
    </message>
    <message>
        <location filename="../../model/io/safetensorsreader.cpp" line="241"/>
        <source>the header is not a JSON object (not a safetensors file?)</source>
        <translation>文件头不是 JSON 对象（不是 safetensors 文件？）</translation>
    </message>
    <message>
        <location filename="../../model/io/safetensorsreader.cpp" line="78"/>
        <source>__metadata__ must be an object of strings</source>
        <translation>__metadata__ 必须是由字符串组成的对象</translation>
    </message>
    <message>
        <location filename="../../model/io/safetensorsreader.cpp" line="81"/>
        <source>__metadata__.%1 must be a string</source>
        <translation>__metadata__.%1 必须是字符串</translation>
    </message>
    <message>
        <location filename="../../model/io/safetensorsreader.cpp" line="128"/>
        <source>a tensor has an empty name</source>
        <translation>有张量的名称为空</translation>
    </message>
    <message>
        <location filename="../../model/io/safetensorsreader.cpp" line="130"/>
        <source>tensor &apos;%1&apos; must be an object with dtype, shape and data_offsets</source>
        <translation>张量 &apos;%1&apos; 必须是包含 dtype、shape 和 data_offsets 的对象</translation>
    </message>
    <message>
        <location filename="../../model/io/safetensorsreader.cpp" line="92"/>
        <source>tensor &apos;%1&apos; has no dtype</source>
        <translation>张量 &apos;%1&apos; 没有 dtype</translation>
    </message>
    <message>
        <location filename="../../model/io/safetensorsreader.cpp" line="97"/>
        <source>tensor &apos;%1&apos; has dtype &apos;%2&apos;, which is not supported (supported: %3)</source>
        <translation>张量 &apos;%1&apos; 的 dtype 为 &apos;%2&apos;，不受支持（支持：%3）</translation>
    </message>
    <message>
        <location filename="../../model/io/safetensorsreader.cpp" line="102"/>
        <source>tensor &apos;%1&apos; has no shape array</source>
        <translation>张量 &apos;%1&apos; 没有 shape 数组</translation>
    </message>
    <message>
        <location filename="../../model/io/safetensorsreader.cpp" line="104"/>
        <source>tensor &apos;%1&apos; has %2 dimensions (limit %3)</source>
        <translation>张量 &apos;%1&apos; 有 %2 个维度（上限 %3）</translation>
    </message>
    <message>
        <location filename="../../model/io/safetensorsreader.cpp" line="109"/>
        <source>tensor &apos;%1&apos; has a shape entry that is not a whole number from 0 to %2</source>
        <translation>张量 &apos;%1&apos; 的 shape 中有一项不是 0 到 %2 之间的整数</translation>
    </message>
    <message>
        <location filename="../../model/io/safetensorsreader.cpp" line="115"/>
        <source>tensor &apos;%1&apos; has more elements than a 64-bit count can hold</source>
        <translation>张量 &apos;%1&apos; 的元素数超出 64 位计数范围</translation>
    </message>
    <message>
        <location filename="../../model/io/safetensorsreader.cpp" line="136"/>
        <source>tensor &apos;%1&apos; needs data_offsets [begin, end]</source>
        <translation>张量 &apos;%1&apos; 需要 data_offsets [begin, end]</translation>
    </message>
    <message>
        <location filename="../../model/io/safetensorsreader.cpp" line="140"/>
        <source>tensor &apos;%1&apos; has data_offsets that are not whole numbers with begin &lt;= end</source>
        <translation>张量 &apos;%1&apos; 的 data_offsets 不是满足 begin &lt;= end 的整数</translation>
    </message>
    <message>
        <location filename="../../model/io/safetensorsreader.cpp" line="145"/>
        <source>tensor &apos;%1&apos; spans %2 bytes but %3 x %4 needs %5</source>
        <translation>张量 &apos;%1&apos; 占 %2 字节，但 %3 x %4 需要 %5</translation>
    </message>
    <message>
        <location filename="../../model/io/safetensorsreader.cpp" line="150"/>
        <source>more than 2^63</source>
        <translation>超过 2^63</translation>
    </message>
    <message>
        <location filename="../../model/io/safetensorsreader.cpp" line="152"/>
        <source>tensor &apos;%1&apos; ends at byte %2, past the %3-byte data section (truncated?)</source>
        <translation>张量 &apos;%1&apos; 结束于第 %2 字节，超出了 %3 字节的数据段（文件被截断？）</translation>
    </message>
    <message>
        <location filename="../../model/io/safetensorsreader.cpp" line="187"/>
        <source>tensors &apos;%1&apos; and &apos;%2&apos; overlap (byte %3 is claimed twice)</source>
        <translation>张量 &apos;%1&apos; 和 &apos;%2&apos; 重叠（第 %3 字节被重复占用）</translation>
    </message>
    <message>
        <location filename="../../model/io/safetensorsreader.cpp" line="191"/>
        <source>bytes %1 to %2 of the data section belong to no tensor</source>
        <translation>数据段的第 %1 到 %2 字节不属于任何张量</translation>
    </message>
    <message>
        <location filename="../../model/io/safetensorsreader.cpp" line="196"/>
        <source>the data section has %1 bytes but the tensors cover %2</source>
        <translation>数据段有 %1 字节，但张量覆盖了 %2 字节</translation>
    </message>
    <message>
        <location filename="../../model/io/safetensorsreader.cpp" line="253"/>
        <source>reading was cancelled</source>
        <translation>读取已取消</translation>
    </message>
    <message>
        <location filename="../../model/io/safetensorsreader.cpp" line="255"/>
        <source>the header lists more than %1 entries</source>
        <translation>文件头列出了超过 %1 个条目</translation>
    </message>
    <message>
        <location filename="../../model/io/safetensorsreader.cpp" line="169"/>
        <location filename="../../model/io/safetensorsreader.cpp" line="257"/>
        <source>&apos;%1&apos; appears twice in the header</source>
        <translation>“%1”在文件头中出现了两次</translation>
    </message>
    <message>
        <location filename="../../model/io/safetensorsreader.cpp" line="271"/>
        <source>the header %1</source>
        <translation>文件头%1</translation>
    </message>
    <message>
        <location filename="../../model/io/safetensorsreader.cpp" line="300"/>
        <source>only %1 bytes: not a safetensors file (truncated?)</source>
        <translation>只有 %1 字节：不是 safetensors 文件（文件被截断？）</translation>
    </message>
    <message>
        <location filename="../../model/io/safetensorsreader.cpp" line="303"/>
        <source>cannot read the header length: %1</source>
        <translation>无法读取文件头长度：%1</translation>
    </message>
    <message>
        <location filename="../../model/io/safetensorsreader.cpp" line="308"/>
        <source>the header claims %1 bytes (limit %2): not a safetensors file, or corrupt</source>
        <translation>文件头声称有 %1 字节（上限 %2）：不是 safetensors 文件，或已损坏</translation>
    </message>
    <message>
        <location filename="../../model/io/safetensorsreader.cpp" line="312"/>
        <source>the header claims %1 bytes but the file has only %2 after the length (truncated?)</source>
        <translation>文件头声称有 %1 字节，但长度字段之后文件只有 %2 字节（文件被截断？）</translation>
    </message>
    <message>
        <location filename="../../model/io/safetensorsreader.cpp" line="317"/>
        <source>cannot read the header: %1</source>
        <translation>无法读取文件头：%1</translation>
    </message>
</context>
<context>
    <name>Planner::ScenarioStore</name>
    <message>
        <location filename="../../model/items/scenariostore.cpp" line="46"/>
        <source>%1.%2: missing or not a text</source>
        <translation>%1.%2：缺失或不是文本</translation>
    </message>
    <message>
        <location filename="../../model/items/scenariostore.cpp" line="56"/>
        <source>%1.%2: not a whole number from 1 to %3</source>
        <translation>%1.%2：不是 1 到 %3 之间的整数</translation>
    </message>
    <message>
        <location filename="../../model/items/scenariostore.cpp" line="63"/>
        <source>%1: not an object</source>
        <translation>%1：不是对象</translation>
    </message>
    <message>
        <location filename="../../model/items/scenariostore.cpp" line="73"/>
        <source>%1.name: longer than %2 characters</source>
        <translation>%1.name：超过 %2 个字符</translation>
    </message>
    <message>
        <location filename="../../model/items/scenariostore.cpp" line="78"/>
        <source>%1.engine: unknown engine &quot;%2&quot;</source>
        <translation>%1.engine：未知引擎“%2”</translation>
    </message>
    <message>
        <location filename="../../model/items/scenariostore.cpp" line="120"/>
        <source>%1: not JSON (%2 at byte %3)</source>
        <translation>%1：不是 JSON（第 %3 字节处 %2）</translation>
    </message>
    <message>
        <location filename="../../model/items/scenariostore.cpp" line="122"/>
        <source>%1: no &quot;scenarios&quot; list</source>
        <translation>%1：没有“scenarios”列表</translation>
    </message>
    <message>
        <location filename="../../model/items/scenariostore.cpp" line="125"/>
        <source>; the file is kept as it is and moved aside at the next save</source>
        <translation>；文件保持原样，下次保存时会被移到一旁</translation>
    </message>
    <message>
        <location filename="../../model/items/scenariostore.cpp" line="131"/>
        <source>%1: written by a newer FitPlanner (schema %2); reading the fields this version knows</source>
        <translation>%1：由更新版本的 FitPlanner 写入（schema %2）；只读取本版本认识的字段</translation>
    </message>
    <message>
        <location filename="../../model/items/scenariostore.cpp" line="138"/>
        <source>%1: more than %2 scenarios; the rest are skipped</source>
        <translation>%1：场景超过 %2 个；其余被跳过</translation>
    </message>
    <message>
        <location filename="../../model/items/scenariostore.cpp" line="144"/>
        <source>%1: a second scenario named &quot;%2&quot; is skipped</source>
        <translation>%1：第二个名为“%2”的场景被跳过</translation>
    </message>
    <message>
        <location filename="../../model/items/scenariostore.cpp" line="165"/>
        <source>A scenario needs a name of 1 to %1 characters</source>
        <translation>场景名称需为 1 到 %1 个字符</translation>
    </message>
    <message>
        <location filename="../../model/items/scenariostore.cpp" line="177"/>
        <source>There are %1 saved scenarios already; delete some first</source>
        <translation>已有 %1 个已保存场景；请先删除一些</translation>
    </message>
    <message>
        <location filename="../../model/items/scenariostore.cpp" line="210"/>
        <source>%1 could not be read and cannot be moved aside to %2; it is left as it is</source>
        <translation>%1 无法读取，也无法移到 %2；保持原样</translation>
    </message>
    <message>
        <location filename="../../model/items/scenariostore.cpp" line="216"/>
        <source>%1 could not be read; it was moved to %2</source>
        <translation>%1 无法读取；已移到 %2</translation>
    </message>
    <message>
        <location filename="../../model/items/scenariostore.cpp" line="226"/>
        <source>%1: cannot be written: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <location filename="../../model/items/scenariostore.cpp" line="240"/>
        <source>%1: the model &quot;%2&quot; is not in the catalog</source>
        <translation>%1：模型“%2”不在目录中</translation>
    </message>
    <message>
        <location filename="../../model/items/scenariostore.cpp" line="253"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Planner::ServingCapacity</name>
    <message>
        <location filename="../../model/plan/servingcapacity.cpp" line="63"/>
        <source>compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <location filename="../../model/plan/servingcapacity.cpp" line="63"/>
        <source>memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <location filename="../../model/plan/servingcapacity.cpp" line="69"/>
        <source>vLLM needs GPUs for its KV pool; none are available.</source>
        <translation>vLLM 的 KV 池需要 GPU；但没有可用的 GPU。</translation>
    </message>
    <message>
        <location filename="../../model/plan/servingcapacity.cpp" line="72"/>
        <source>vLLM&apos;s KV pool holds %1 blocks of %2 tokens; a request of %3 tokens takes %4 blocks, so %5 requests fit at once (vLLM prints a maximum concurrency of %6x), at most --max-num-seqs %7.</source>
        <translation>vLLM 的 KV 池包含 %1 个块，每块 %2 词元；一个 %3 词元的请求占用 %4 个块，因此可同时容纳 %5 个请求（vLLM 显示的最大并发为 %6x），最多 --max-num-seqs %7。</translation>
    </message>
    <message>
        <location filename="../../model/plan/servingcapacity.cpp" line="82"/>
        <source>llama-server allocates -np slots of %1 tokens each at start (-c %1 x slots); the largest slot count that keeps this placement is %2 (llama.cpp runs at most %3 sequences).</source>
        <translation>llama-server 在启动时分配 -np 个槽位，每个 %1 词元（-c %1 x 槽位数）；保持此放置的最大槽位数为 %2（llama.cpp 最多运行 %3 个序列）。</translation>
    </message>
    <message>
        <location filename="../../model/plan/servingcapacity.cpp" line="95"/>
        <source>At %1 sequences each decode step reads the weights once and the KV cache of every sequence, and computes %1 tokens: %2 tokens/s per sequence at a full context, %3 tokens/s in all (%4-bound).</source>
        <translation>在 %1 个序列时，每个解码步读取一次权重和每个序列的 KV 缓存，并计算 %1 个词元：满上下文时每个序列 %2 词元/秒，总计 %3 词元/秒（%4受限）。</translation>
    </message>
    <message>
        <location filename="../../model/plan/servingcapacity.cpp" line="104"/>
        <source>A prompt of %1 tokens gets its first token after its prefill, %2 s, on an idle server; while the %3 other sequences decode, steps of %4 tokens carry the prompt in %5 part(s), each adding a decode step: %6 s.</source>
        <translation>在空闲服务器上，%1 词元的提示在预填充（%2 秒）后得到首词元；当其他 %3 个序列在解码时，每步 %4 词元，该提示分 %5 部分承载，每部分增加一个解码步：%6 秒。</translation>
    </message>
    <message>
        <location filename="../../model/plan/servingcapacity.cpp" line="138"/>
        <source>serving capacity is estimated for vLLM, SGLang and llama.cpp&apos;s servers only</source>
        <translation>仅对 vLLM、SGLang 和 llama.cpp 的服务器估算服务容量</translation>
    </message>
    <message>
        <location filename="../../model/plan/servingcapacity.cpp" line="141"/>
        <source>concurrency %1 is out of range (1 to %2)</source>
        <translation>并发数 %1 超出范围（1 到 %2）</translation>
    </message>
</context>
<context>
    <name>Planner::Speculative</name>
    <message>
        <location filename="../../model/plan/speculative.cpp" line="43"/>
        <source>DeepSeek-V3 Technical Report (arXiv:2412.19437), section 5.4.3: 85% to 90% of the MTP module&apos;s tokens are accepted</source>
        <translation>DeepSeek-V3 技术报告（arXiv:2412.19437）第 5.4.3 节：MTP 模块生成的词元有 85% 到 90% 被接受</translation>
    </message>
    <message>
        <location filename="../../model/plan/speculative.cpp" line="48"/>
        <source>Leviathan, Kalman and Matias 2023 (arXiv:2211.17192), Table 3: drafts of the same family accept 60% to 80% of their tokens</source>
        <translation>Leviathan、Kalman 和 Matias 2023（arXiv:2211.17192）表 3：同系列草稿模型的词元接受率为 60% 到 80%</translation>
    </message>
    <message>
        <location filename="../../model/plan/speculative.cpp" line="59"/>
        <source>speculative decoding is planned for llama-server and vLLM only, not %1</source>
        <translation>推测解码仅针对 llama-server 和 vLLM 规划，不支持 %1</translation>
    </message>
    <message>
        <location filename="../../model/plan/speculative.cpp" line="63"/>
        <source>%1 has no multi-token-prediction layers in its architecture</source>
        <translation>%1 的架构中没有多词元预测层</translation>
    </message>
    <message>
        <location filename="../../model/plan/speculative.cpp" line="65"/>
        <source>MTP layers are planned for vLLM only; with llama-server use a draft model (--draft-model)</source>
        <translation>MTP 层仅针对 vLLM 规划；llama-server 请使用草稿模型（--draft-model）</translation>
    </message>
    <message>
        <location filename="../../model/plan/speculative.cpp" line="68"/>
        <source>the draft model has no layers</source>
        <translation>草稿模型没有层</translation>
    </message>
    <message>
        <location filename="../../model/plan/speculative.cpp" line="70"/>
        <source>draft model %1 has a vocabulary of %2 tokens, %3 has %4: a draft must share the model&apos;s tokenizer (at most %5 tokens apart)</source>
        <translation>草稿模型 %1 的词表为 %2 词元，%3 为 %4：草稿模型必须与主模型共享分词器（相差至多 %5 词元）</translation>
    </message>
    <message>
        <location filename="../../model/plan/speculative.cpp" line="79"/>
        <source>draft tokens %1 is out of range (1 to 64)</source>
        <translation>草稿词元数 %1 超出范围（1 到 64）</translation>
    </message>
    <message>
        <location filename="../../model/plan/speculative.cpp" line="81"/>
        <source>speculative decoding is planned on one node (no pipeline parallelism)</source>
        <translation>推测解码仅在单节点上规划（无流水线并行）</translation>
    </message>
    <message>
        <location filename="../../model/plan/speculative.cpp" line="167"/>
        <source>vLLM needs GPUs; none are available</source>
        <translation>vLLM 需要 GPU；但没有可用的 GPU</translation>
    </message>
    <message>
        <location filename="../../model/plan/speculative.cpp" line="195"/>
        <source>with speculative decoding vLLM does not fit: %1 more per GPU for the draft&apos;s weights and KV cache; its pool holds %2 sequences of %3 tokens</source>
        <translation>启用推测解码时 vLLM 放不下：草稿模型的权重和 KV 缓存每 GPU 还需 %1；其 KV 池可容纳 %2 个 %3 词元的序列</translation>
    </message>
    <message>
        <location filename="../../model/plan/speculative.cpp" line="262"/>
        <source>Each step drafts %1 token(s) (one draft step costs %2 of a decode step) and verifies them in one step of the model (%3 decode steps: %4); at an acceptance rate a it yields (1 - a^%5) / (1 - a) tokens: %6 to %7 tokens per step for a = %8 to %9 (%10), a speed-up of %11x to %12x, %13 to %14 tokens/s.</source>
        <translation>每步草拟 %1 个词元（一次草拟步耗时为解码步的 %2），并在模型的一步中验证（%3 个解码步：%4）；接受率为 a 时，每步产出 (1 - a^%5) / (1 - a) 个词元：a = %8 到 %9（%10）时每步 %6 到 %7 个词元，加速 %11x 到 %12x，即 %13 到 %14 词元/秒。</translation>
    </message>
    <message>
        <location filename="../../model/plan/speculative.cpp" line="269"/>
        <source>compute-bound, every token costs a step</source>
        <translation>计算受限，每个词元耗费一步</translation>
    </message>
    <message>
        <location filename="../../model/plan/speculative.cpp" line="270"/>
        <source>memory-bound, the weights are read once for all tokens</source>
        <translation>内存受限，所有词元只读取一次权重</translation>
    </message>
    <message>
        <location filename="../../model/plan/speculative.cpp" line="352"/>
        <source>the MTP layers have no storage rule in %1</source>
        <translation>%1 中没有 MTP 层的存储规则</translation>
    </message>
</context>
<context>
    <name>Planner::StudentSearch</name>
    <message>
        <location filename="../../model/plan/studentsearch.cpp" line="174"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Planner::SysfsGpuProbe</name>
    <message>
        <location filename="../../model/hardware/sysfsgpuprobe.cpp" line="44"/>
        <source>%1 does not hold a byte count (&apos;%2&apos;); it is ignored</source>
        <translation>%1 不包含字节数（&apos;%2&apos;）；已忽略</translation>
    </message>
    <message>
        <location filename="../../model/hardware/sysfsgpuprobe.cpp" line="110"/>
        <source>%1: the PCI vendor id is missing or unreadable; the card is skipped</source>
        <translation>%1：PCI 厂商 ID 缺失或不可读；跳过该显卡</translation>
    </message>
    <message>
        <location filename="../../model/hardware/sysfsgpuprobe.cpp" line="135"/>
        <source>AMD GPU at %1: mem_info_vram_total is missing or unreadable (is the amdgpu driver loaded?); its memory is unknown and it is not used for planning</source>
        <translation>位于 %1 的 AMD GPU：mem_info_vram_total 缺失或不可读（amdgpu 驱动是否已加载？）；其显存未知，规划时不使用它</translation>
    </message>
    <message>
        <location filename="../../model/hardware/sysfsgpuprobe.cpp" line="147"/>
        <source>AMD GPU [1002:%1]</source>
        <translation>AMD GPU [1002:%1]</translation>
    </message>
    <message>
        <location filename="../../model/hardware/sysfsgpuprobe.cpp" line="149"/>
        <source>AMD GPU at %1: the driver exposes no product name; pick the card in the catalog for its bandwidth</source>
        <translation>位于 %1 的 AMD GPU：驱动未提供产品名称；请在目录中选择该显卡以获得其带宽</translation>
    </message>
    <message>
        <location filename="../../model/hardware/sysfsgpuprobe.cpp" line="161"/>
        <source>%1 at %2 is an APU: %3 bytes of VRAM carve-out plus %4 bytes of system memory mapped through GTT, shared with the CPU</source>
        <translation>位于 %2 的 %1 是 APU：%3 字节的 VRAM 预留区加上通过 GTT 映射的 %4 字节系统内存，与 CPU 共享</translation>
    </message>
    <message>
        <location filename="../../model/hardware/sysfsgpuprobe.cpp" line="180"/>
        <source>Intel GPU [8086:%1]</source>
        <translation>Intel GPU [8086:%1]</translation>
    </message>
    <message>
        <location filename="../../model/hardware/sysfsgpuprobe.cpp" line="184"/>
        <source>%1 at %2: the driver does not expose its memory size (tile0/physical_vram_size_bytes needs the xe driver); it is not used for planning</source>
        <translation>位于 %2 的 %1：驱动未提供其显存大小（tile0/physical_vram_size_bytes 需要 xe 驱动）；规划时不使用它</translation>
    </message>
    <message>
        <location filename="../../model/hardware/sysfsgpuprobe.cpp" line="189"/>
        <source>Intel integrated graphics at %1 shares system RAM; it is not counted as a GPU</source>
        <translation>位于 %1 的 Intel 集成显卡共享系统内存；不计为 GPU</translation>
    </message>
    <message>
        <location filename="../../model/hardware/sysfsgpuprobe.cpp" line="194"/>
        <source>GPU at %1 with PCI vendor %2 is not supported</source>
        <translation>位于 %1、PCI 厂商为 %2 的 GPU 不受支持</translation>
    </message>
</context>
<context>
    <name>Planner::TrainingEstimator</name>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="276"/>
        <source>model %1: the architecture lacks layers, hidden size, vocabulary or heads</source>
        <translation>模型 %1：架构缺少层数、隐藏维度、词表或注意力头</translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="278"/>
        <source>sequence length %1 is outside 1 to %2</source>
        <translation>序列长度 %1 不在 1 到 %2 之间</translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="280"/>
        <source>micro-batch %1 is outside 1 to %2</source>
        <translation>微批次 %1 不在 1 到 %2 之间</translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="282"/>
        <source>gradient accumulation %1 is outside 1 to %2</source>
        <translation>梯度累积 %1 不在 1 到 %2 之间</translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="286"/>
        <source>%1 GPUs on %2 nodes is not a usable data-parallel group</source>
        <translation>%2 个节点上的 %1 个 GPU 不能组成可用的数据并行组</translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="288"/>
        <source>LoRA rank %1 is outside 1 to %2</source>
        <translation>LoRA 秩 %1 不在 1 到 %2 之间</translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="290"/>
        <source>%1 loss chunks do not divide a sequence of %2 tokens</source>
        <translation>%1 个损失分块无法划分 %2 个 token 的序列</translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="292"/>
        <source>the optimizer step in backward frees each gradient at once, so it cannot accumulate %1 micro-batches</source>
        <translation>反向传播中的优化器步骤会立即释放每个梯度，因此无法累积 %1 个微批次</translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="296"/>
        <source>parameter offload needs ZeRO-3 or FSDP sharding</source>
        <translation>参数卸载需要 ZeRO-3 或 FSDP 分片</translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="298"/>
        <source>distillation needs a teacher model</source>
        <translation>蒸馏需要教师模型</translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="301"/>
        <source>the quantization catalog lacks the NF4 storage types QLoRA uses</source>
        <translation>量化目录缺少 QLoRA 使用的 NF4 存储类型</translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="324"/>
        <source>replicated on each of %1 GPUs</source>
        <translation>在 %1 个 GPU 上各存一份</translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="325"/>
        <source>%1 over %2 GPUs</source>
        <translation>%1，分布在 %2 个 GPU 上</translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="389"/>
        <source>%1 parameters x %2 bytes as stored%3%4%5</source>
        <translation>%1 个参数 x 存储的 %2 字节%3%4%5</translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="393"/>
        <source>, + 2 x the largest layer gathered (%1)</source>
        <translation>，+ 2 x 汇集的最大层（%1）</translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="394"/>
        <source>, shards in CPU memory</source>
        <translation>，分片位于 CPU 内存</translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="396"/>
        <source>%1 adapter parameters (rank %2, %3) x %4 bytes</source>
        <translation>%1 个适配器参数（秩 %2，%3）x %4 字节</translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="401"/>
        <source>fp32 master copy: %1 parameters x 4 bytes%2</source>
        <translation>fp32 主副本：%1 个参数 x 4 字节%2</translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="404"/>
        <source>none: the weights themselves are trained</source>
        <translation>无：直接训练权重本身</translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="407"/>
        <source>optimizer step in backward: only the largest tensor&apos;s gradient (%1 values x %2 bytes) is alive at once</source>
        <translation>反向传播中的优化器步骤：同一时刻只保留最大张量的梯度（%1 个值 x %2 字节）</translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="411"/>
        <source>%1 trainable parameters x %2 bytes%3%4%5</source>
        <translation>%1 个可训练参数 x %2 字节%3%4%5</translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="415"/>
        <source>, x 2 for DDP&apos;s gradient buckets</source>
        <translation>，DDP 梯度桶 x 2</translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="418"/>
        <source>, + the largest layer&apos;s unsharded gradient (%1)</source>
        <translation>，+ 最大层未分片的梯度（%1）</translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="421"/>
        <source>%1 for %2 trainable parameters (%3 bytes in all)%4%5</source>
        <translation>%1，%2 个可训练参数（共 %3 字节）%4%5</translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="426"/>
        <source>, in CPU memory</source>
        <translation>，位于 CPU 内存</translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="509"/>
        <source>%1 fake-quant weight clones and masks %2 (%3 weights x 3 bytes); the inputs are not fake-quantized</source>
        <translation>%1 伪量化权重副本和掩码 %2（%3 个权重 x 3 字节）；输入不做伪量化</translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="512"/>
        <source>%1 fake-quant weight clones and masks %2 (%3 weights x 3 bytes), activation copies and masks %4 (%5 bytes per token and layer x %6 layers)</source>
        <translation>%1 伪量化权重副本和掩码 %2（%3 个权重 x 3 字节），激活副本和掩码 %4（每词元每层 %5 字节 x %6 层）</translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="545"/>
        <source>%1 layers x %2 (%3 checkpointing, flash attention %4)</source>
        <translation>%1 层 x %2（检查点 %3，Flash Attention %4）</translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="548"/>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="548"/>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="550"/>
        <source>one layer recomputed %1</source>
        <translation>重算一层 %1</translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="551"/>
        <source>final norm and head input %1</source>
        <translation>最终归一化与输出头输入 %1</translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="553"/>
        <source>block-causal mask of the packed rows %1</source>
        <translation>打包序列的分块因果掩码 %1</translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="560"/>
        <source>offloaded to CPU but 2 layers</source>
        <translation>除 2 层外均卸载到 CPU</translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="572"/>
        <source>one NF4 matrix dequantised to 16 bits %1</source>
        <translation>一个 NF4 矩阵反量化为 16 位 %1</translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="575"/>
        <source>%1 sequences x %2 tokens: </source>
        <translation>%1 个序列 x %2 个 token：</translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="587"/>
        <source>%1 tokens x %2 vocabulary: 2 bytes of bf16 logits + (4 fp32 log-softmax + 4 fp32 gradient) / %3 chunk(s)%4</source>
        <translation>%1 个 token x %2 词表：bf16 logits 2 字节 + （fp32 log-softmax 4 + fp32 梯度 4）/ %3 块%4</translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="592"/>
        <source> + the student&apos;s fp32 log-probabilities and their gradient for the KL loss %1</source>
        <translation> + KL 损失所需的学生模型 fp32 对数概率及其梯度 %1</translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="602"/>
        <source>none: no teacher</source>
        <translation>无：没有教师模型</translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="620"/>
        <source>teacher %1: %2</source>
        <translation>教师模型 %1：%2</translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="632"/>
        <source>teacher %1 in %2: weights %3 + forward working set %4 + logits and fp32 probabilities %5%6</source>
        <translation>教师模型 %1（%2）：权重 %3 + 前向工作集 %4 + logits 与 fp32 概率 %5%6</translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="634"/>
        <source> (on its own GPU)</source>
        <translation>（在单独的 GPU 上）</translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="637"/>
        <source>teacher and student do not share a tokenizer (%1 vocabulary rows, %2 %3; %4 rows, %5 %6): logit distillation needs one; sequence-level distillation from generated text does not</source>
        <translation>教师与学生不共享分词器（%1 词表行，%2 %3；%4 行，%5 %6）：logit 蒸馏需要共享分词器；基于生成文本的序列级蒸馏则不需要</translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="698"/>
        <source>CUDA context and libraries %1 + cuBLAS workspace %2 (not counted by PyTorch&apos;s allocator)</source>
        <translation>CUDA 上下文与库 %1 + cuBLAS 工作区 %2（不计入 PyTorch 分配器）</translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="858"/>
        <source>paged optimizer state (%1) lives in CUDA unified memory outside PyTorch&apos;s allocator: it is not in the peak allocated and moves to CPU memory when the GPU runs short</source>
        <translation>分页优化器状态（%1）位于 PyTorch 分配器之外的 CUDA 统一内存中：不计入分配峰值，GPU 内存不足时会移到 CPU 内存</translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="862"/>
        <source>sequence of %1 tokens exceeds the model&apos;s trained context of %2</source>
        <translation>%1 个 token 的序列超过模型训练时的上下文 %2</translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="866"/>
        <source>the teacher is replicated on every GPU, not sharded</source>
        <translation>教师模型在每个 GPU 上各存一份，不分片</translation>
    </message>
    <message>
        <location filename="../../model/memory/trainingestimator.cpp" line="871"/>
        <source>%1 of the %2 layers are recurrent (Gated DeltaNet, Mamba2, short convolution or Kimi Delta Attention): their saved activations are counted as an attention layer&apos;s of the model&apos;s attention shape, not from their own kernels, so the activations are an approximation</source>
        <translation>%2 层中有 %1 层是循环层（Gated DeltaNet、Mamba2、短卷积或 Kimi Delta Attention）：它们保存的激活按该模型注意力形状的注意力层计算，而不是按其自身的内核，因此激活只是近似值</translation>
    </message>
</context>
<context>
    <name>Planner::WindowsProbe</name>
    <message>
        <location filename="../../model/hardware/windowsprobe.cpp" line="25"/>
        <source>GlobalMemoryStatusEx failed: system RAM is unknown</source>
        <translation>GlobalMemoryStatusEx 失败：系统内存未知</translation>
    </message>
    <message>
        <location filename="../../model/hardware/windowsprobe.cpp" line="30"/>
        <source>DXGI is not available: GPUs cannot be listed</source>
        <translation>DXGI 不可用：无法列出 GPU</translation>
    </message>
</context>
<context>
    <name>RecommendPanel</name>
    <message>
        <location filename="../../views/recommendpanel.cpp" line="158"/>
        <source>What can I run? Every catalog model on the hardware in use, with the best quantization that fits, the largest context at it and the decode speed. Double-click a row to plan it.</source>
        <translation>我能运行什么？目录中每个模型在当前硬件上可容纳的最佳量化、该量化下的最大上下文和解码速度。双击一行即可为该模型规划。</translation>
    </message>
    <message>
        <location filename="../../views/recommendpanel.cpp" line="160"/>
        <source>&amp;Filter:</source>
        <translation>筛选(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../views/recommendpanel.cpp" line="161"/>
        <source>Model name</source>
        <translation>模型名称</translation>
    </message>
    <message>
        <location filename="../../views/recommendpanel.cpp" line="162"/>
        <source>Show only the models whose name contains this text</source>
        <translation>只显示名称包含此文本的模型</translation>
    </message>
    <message>
        <location filename="../../views/recommendpanel.cpp" line="163"/>
        <source>What can I run</source>
        <translation>我能运行什么</translation>
    </message>
    <message>
        <location filename="../../views/recommendpanel.cpp" line="164"/>
        <source>Computing recommendations</source>
        <translation>正在计算推荐</translation>
    </message>
    <message>
        <location filename="../../views/recommendpanel.cpp" line="165"/>
        <source>&amp;Quality floor (KLD):</source>
        <translation>质量下限（KLD）(&amp;Q)：</translation>
    </message>
    <message>
        <location filename="../../views/recommendpanel.cpp" line="166"/>
        <source>Skip quantizations whose published mean KL divergence against the 16-bit model is above this (0.25 keeps the 3-bit types and better; 3 keeps all)</source>
        <translation>跳过已公布的相对 16 位模型平均 KL 散度高于此值的量化（0.25 保留 3 位及更好的类型；3 保留全部）</translation>
    </message>
    <message>
        <location filename="../../views/recommendpanel.cpp" line="168"/>
        <source>&amp;Usable speed:</source>
        <translation>可用速度(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../views/recommendpanel.cpp" line="169"/>
        <source> tokens/s</source>
        <translation> 词元/秒</translation>
    </message>
    <message>
        <location filename="../../views/recommendpanel.cpp" line="170"/>
        <source>Prefer a better quantization with part of the model in system RAM when it decodes at least this fast (0: quality first)</source>
        <translation>若部分模型位于系统 RAM 中的更优量化解码速度至少达到此值，则优先选用（0：质量优先）</translation>
    </message>
</context>
<context>
    <name>ScenarioCompareDialog</name>
    <message>
        <location filename="../../views/scenariocomparedialog.cpp" line="33"/>
        <source>Compare scenarios</source>
        <translation>对比场景</translation>
    </message>
    <message>
        <location filename="../../views/scenariocomparedialog.cpp" line="41"/>
        <source>%1, %2, %3, context %4 x %5</source>
        <translation>%1，%2，%3，上下文 %4 × %5</translation>
    </message>
    <message>
        <location filename="../../views/scenariocomparedialog.cpp" line="47"/>
        <source>Scenarios to compare</source>
        <translation>要对比的场景</translation>
    </message>
    <message>
        <location filename="../../views/scenariocomparedialog.cpp" line="59"/>
        <source>Memory by scenario</source>
        <translation>各场景的内存</translation>
    </message>
    <message>
        <location filename="../../views/scenariocomparedialog.cpp" line="71"/>
        <source>Tick two to four scenarios:</source>
        <translation>勾选二至四个场景：</translation>
    </message>
    <message>
        <location filename="../../views/scenariocomparedialog.cpp" line="90"/>
        <source>Current: %1 %2</source>
        <translation>当前：%1 %2</translation>
    </message>
    <message>
        <location filename="../../views/scenariocomparedialog.cpp" line="132"/>
        <source>Tick one more scenario to compare.</source>
        <translation>再勾选一个场景以进行对比。</translation>
    </message>
    <message>
        <location filename="../../views/scenariocomparedialog.cpp" line="134"/>
        <source>Nothing ticked yet.</source>
        <translation>尚未勾选任何场景。</translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="307"/>
        <source>%1  %2 bpw</source>
        <translation>%1  %2 位/权重</translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="262"/>
        <source>%1
Runs on: %2</source>
        <translation>%1
支持的引擎：%2</translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="294"/>
        <source>File: %1 (%2)</source>
        <translation>文件：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="299"/>
        <source>The opened file&apos;s own tensors: %1
%2</source>
        <translation>所打开文件自身的张量：%1
%2</translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="307"/>
        <source>re-quantize to %1  %2 bpw</source>
        <translation>重新量化为 %1  %2 bpw</translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="319"/>
        <source>%1 (MoE, %2 active)</source>
        <translation>%1（MoE，激活 %2）</translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="330"/>
        <source>%1 tokens (up to %2, what the model was trained for; its config.json says %3)</source>
        <translation>%1 词元（最多 %2，即模型的训练长度；其 config.json 写的是 %3）</translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="334"/>
        <source>%1 tokens (up to %2)</source>
        <translation>%1 个词元（最多 %2）</translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="391"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="392"/>
        <source>&amp;Engine</source>
        <translation>推理引擎(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="396"/>
        <source>Inference engine</source>
        <translation>推理引擎</translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="397"/>
        <source>The program that runs the model: its allocation rules decide the KV cache, the compute buffers and the overhead</source>
        <translation>运行模型的程序：其分配规则决定 KV 缓存、计算缓冲区和开销</translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="399"/>
        <source>&amp;Quantization</source>
        <translation>量化(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="400"/>
        <source>Quantization</source>
        <translation>量化方案</translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="409"/>
        <source>&amp;Context</source>
        <translation>上下文(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="410"/>
        <source>Context length, logarithmic slider</source>
        <translation>上下文长度（对数刻度滑块）</translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="411"/>
        <source>Context length in tokens</source>
        <translation>上下文长度（词元）</translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="412"/>
        <source>Tokens each sequence can hold (prompt and answer); up to the model&apos;s trained maximum</source>
        <translation>每个序列可容纳的 token 数（提示和回答）；最多为模型训练时的上限</translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="414"/>
        <source> tokens</source>
        <translation> 词元</translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="415"/>
        <source>&amp;Batch</source>
        <translation>批量(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="416"/>
        <source>Parallel sequences</source>
        <translation>并行序列数</translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="417"/>
        <source>Parallel sequences (batch): each holds its own KV cache</source>
        <translation>并行序列数（批量）：每个序列各自占用 KV 缓存</translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="418"/>
        <source>&amp;KV cache</source>
        <translation>KV 缓存(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="419"/>
        <source>KV cache type</source>
        <translation>KV 缓存类型</translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="420"/>
        <source>Element type of the KV cache: a quantized cache holds more tokens in the same memory</source>
        <translation>KV 缓存的元素类型：量化缓存在相同内存中可容纳更多 token</translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="421"/>
        <source>&amp;GPU memory</source>
        <translation>显存(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="422"/>
        <source>GPU memory to plan for</source>
        <translation>用于规划的显存</translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="423"/>
        <source>GPU memory to plan for (what-if; 0 = no GPU)</source>
        <translation>用于规划的显存（假设值；0 表示没有 GPU）</translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="424"/>
        <source>&amp;RAM</source>
        <translation>内存(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="425"/>
        <source>System RAM to plan for</source>
        <translation>用于规划的系统内存</translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="426"/>
        <source>System RAM to plan for: where offloaded layers and experts go</source>
        <translation>用于规划的系统内存：卸载的层和专家存放在这里</translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="427"/>
        <source>Compare...</source>
        <translation>对比…</translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="428"/>
        <source>Add quantizations to the comparison</source>
        <translation>向对比中添加量化方案</translation>
    </message>
    <message>
        <location filename="../../views/scenariopanel.cpp" line="429"/>
        <source>Tick more quantizations to add them to the comparison chart</source>
        <translation>勾选更多量化方案以加入对比图</translation>
    </message>
</context>
<context>
    <name>TrainPanel</name>
    <message>
        <location filename="../../views/trainpanel.cpp" line="234"/>
        <location filename="../../views/trainpanel.cpp" line="541"/>
        <location filename="../../views/trainpanel.cpp" line="558"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="280"/>
        <source>GB per GPU</source>
        <translation>每 GPU 的 GB</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="315"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="322"/>
        <source>Per GPU: %1 allocated at the peak + CUDA context = %2; the allocator reserves about %3</source>
        <translation>每 GPU：峰值分配 %1 + CUDA 上下文 = %2；分配器约保留 %3</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="327"/>
        <source>Fits: %1 of %2 per GPU</source>
        <translation>可放入：每 GPU %2 中用 %1</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="330"/>
        <source>Tight: the peak fits in %1, the allocator&apos;s reserve may not</source>
        <translation>偏紧：峰值可放入 %1，分配器的保留量可能放不下</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="333"/>
        <source>Does not fit: %1 needed per GPU, %2 there</source>
        <translation>放不下：每 GPU 需要 %1，实有 %2</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="336"/>
        <source>Does not fit: %1 offloaded to RAM</source>
        <translation>放不下：卸载到内存的 %1 超出内存</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="339"/>
        <source>No GPU to train on</source>
        <translation>没有可用于训练的 GPU</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="348"/>
        <source>Teacher %1 in %2, forward only: %3; student %4 with its training state: %5</source>
        <translation>教师模型 %1（%2，仅前向）：%3；学生模型 %4 及其训练状态：%5</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="356"/>
        <source>Step: %1 s, %2 tokens/s over %3 GPU(s)</source>
        <translation>每步：%1 秒，%3 个 GPU 合计 %2 token/秒</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="360"/>
        <source>Step time: the GPU&apos;s throughput is not known</source>
        <translation>每步时间：GPU 算力未知</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="363"/>
        <source>Job: %1 h for %2 M tokens x %3 epoch(s)</source>
        <translation>任务：%2 M 词元 x %3 轮，共 %1 小时</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="399"/>
        <source>Selective (= none)</source>
        <translation>选择性（= 无）</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="400"/>
        <source>Selective = none: flash attention keeps no attention scores to recompute</source>
        <translation>选择性 = 无：flash attention 不保留需要重算的注意力分数</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="403"/>
        <source>Reserved per GPU (GB) against sequence length</source>
        <translation>每 GPU 预留内存（GB）随序列长度变化</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="404"/>
        <source>Reserved per GPU (GiB) against sequence length</source>
        <translation>每 GPU 预留内存（GiB）随序列长度变化</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="420"/>
        <location filename="../../views/trainpanel.cpp" line="560"/>
        <source>Students</source>
        <translation>学生模型</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="435"/>
        <source>Students of %1: searching...</source>
        <translation>%1 的学生模型：搜索中...</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/trainpanel.cpp" line="449"/>
        <source>Students of %1 that share its tokenizer (logit distillation, teacher on the GPUs): %n model(s), each with the largest micro-batch up to %2 that fits</source>
        <translation>
            <numerusform>与 %1 共享分词器的学生模型（logit 蒸馏，教师在 GPU 上）：%n 个模型，各自列出放得下的最大微批次（至多 %2）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/trainpanel.cpp" line="454"/>
        <source>Models smaller than %1, trained on text it generated: %n model(s), each with the largest micro-batch up to %2 that fits</source>
        <translation>
            <numerusform>比 %1 小、在其生成的文本上训练的模型：%n 个模型，各自列出放得下的最大微批次（至多 %2）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="459"/>
        <location filename="../../views/trainpanel.cpp" line="560"/>
        <source>Students (%1)</source>
        <translation>学生模型（%1）</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="466"/>
        <source>Fits</source>
        <translation>放得下</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="469"/>
        <source>Tight</source>
        <translation>紧张</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="472"/>
        <source>RAM short</source>
        <translation>RAM 不足</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="475"/>
        <source>Does not fit</source>
        <translation>放不下</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="478"/>
        <source>No GPU</source>
        <translation>无 GPU</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="482"/>
        <source>%1 (longest that fits)</source>
        <translation>%1（放得下的最长值）</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="483"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="483"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="486"/>
        <source>%1: %2 per GPU reserved (%3 allocated + CUDA context), of which the teacher %4</source>
        <translation>%1：每 GPU 保留 %2（已分配 %3 + CUDA 上下文），其中教师占 %4</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="516"/>
        <source>&amp;Method</source>
        <translation>方法(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="516"/>
        <source>&amp;Precision</source>
        <translation>精度(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="516"/>
        <source>&amp;Optimizer</source>
        <translation>优化器(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="516"/>
        <source>LoRA &amp;rank</source>
        <translation>LoRA 秩(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="517"/>
        <source>LoRA &amp;targets</source>
        <translation>LoRA 目标层(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="517"/>
        <source>&amp;Sequence</source>
        <translation>序列长度(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="517"/>
        <source>Micro-&amp;batch</source>
        <translation>微批次(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="517"/>
        <source>QAT &amp;weights / activations</source>
        <translation>QAT 权重 / 激活(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="518"/>
        <source>&amp;Gradient accumulation</source>
        <translation>梯度累积(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="518"/>
        <source>&amp;Checkpointing</source>
        <translation>检查点(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="518"/>
        <source>S&amp;harding</source>
        <translation>分片(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="518"/>
        <source>G&amp;PUs</source>
        <translation>GPU 数(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="518"/>
        <source>T&amp;eacher</source>
        <translation>教师模型(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="519"/>
        <source>Teacher &amp;quantization</source>
        <translation>教师模型量化(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="519"/>
        <source>&amp;Flash attention</source>
        <translation>Flash Attention(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="519"/>
        <source>Ch&amp;unked loss</source>
        <translation>分块损失(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="519"/>
        <source>Optimizer step in &amp;backward</source>
        <translation>反向传播中更新(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="520"/>
        <source>Stu&amp;dents</source>
        <translation>学生模型(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="520"/>
        <source>D&amp;ataset</source>
        <translation>数据集(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="520"/>
        <source>&amp;Number of epochs</source>
        <translation>训练轮数(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="521"/>
        <source>Full fine-tuning, LoRA, QLoRA, quantization-aware training or distillation</source>
        <translation>全量微调、LoRA、QLoRA、量化感知训练或蒸馏</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="522"/>
        <source>Which copies of the weights, gradients and optimizer state are kept in which precision</source>
        <translation>权重、梯度和优化器状态的各个副本以何种精度保存</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="523"/>
        <source>The optimizer and how many bytes of state it keeps per trainable parameter</source>
        <translation>优化器及其为每个可训练参数保存的状态字节数</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="524"/>
        <source>The rank of the LoRA adapters: their size grows with it</source>
        <translation>LoRA 适配器的秩：适配器大小随之增长</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="524"/>
        <source>The layers that get LoRA adapters</source>
        <translation>添加 LoRA 适配器的层</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="525"/>
        <source>What quantization-aware training fake-quantizes: 8da4w, int8 activations and int4 weights (torchao&apos;s default); 4w, int4 weights only, which keeps no copies of the layers&apos; inputs</source>
        <translation>量化感知训练伪量化的对象：8da4w，int8 激活和 int4 权重（torchao 的默认方案）；4w，仅 int4 权重，不保留各层输入的副本</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="527"/>
        <source>Tokens per training sequence: the activations grow with it</source>
        <translation>每个训练序列的 token 数：激活随之增长</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="528"/>
        <source>Sequences per GPU per step: the activations grow with it</source>
        <translation>每块 GPU 每步的序列数：激活随之增长</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="529"/>
        <source>Micro-batches added up before each optimizer step: more tokens per step, no more memory</source>
        <translation>每次优化器更新前累积的微批次：每步更多 token，内存不增加</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="530"/>
        <source>Which activations are recomputed in backward instead of kept: less memory, more compute</source>
        <translation>哪些激活在反向传播中重新计算而不保存：更少内存，更多计算</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="531"/>
        <source>How ZeRO / FSDP spread the optimizer state, gradients and weights over the GPUs</source>
        <translation>ZeRO / FSDP 如何把优化器状态、梯度和权重分布到各 GPU</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="532"/>
        <source>GPUs the job runs on</source>
        <translation>任务使用的 GPU 数量</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="532"/>
        <source>The teacher model of a distillation</source>
        <translation>蒸馏的教师模型</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="533"/>
        <source>The teacher&apos;s quantization: it is only run forward</source>
        <translation>教师模型的量化：它只做前向计算</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="534"/>
        <source>Flash attention / SDPA: no attention-score matrices are kept</source>
        <translation>Flash attention / SDPA：不保存注意力分数矩阵</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="535"/>
        <source>Cross-entropy in chunks, so the whole fp32 logits never exist at once</source>
        <translation>分块计算交叉熵，完整的 fp32 logits 从不同时存在</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="536"/>
        <source>Each layer&apos;s gradients are applied and freed during backward instead of kept for the step</source>
        <translation>每层的梯度在反向传播中即应用并释放，而不是保留到优化器步骤</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="537"/>
        <source>Which models the Students page offers for the teacher: those sharing its tokenizer (logit distillation) or any smaller one (trained on text the teacher generated)</source>
        <translation>学生模型页为教师提供哪些模型：与其共享分词器的（logit 蒸馏），或任意更小的模型（在教师生成的文本上训练）</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="539"/>
        <source>Tokens in the training dataset, for the job time</source>
        <translation>训练数据集中的词元数，用于计算任务时间</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="539"/>
        <source>Passes over the dataset</source>
        <translation>遍历数据集的次数</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="540"/>
        <source> M tokens</source>
        <translation> M 词元</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="548"/>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="548"/>
        <source>Trainable weights</source>
        <translation>可训练权重</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="548"/>
        <source>Gradients</source>
        <translation>梯度</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="548"/>
        <source>Optimizer state</source>
        <translation>优化器状态</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="548"/>
        <source>Activations</source>
        <translation>激活</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="549"/>
        <source>Logits</source>
        <translation>Logits</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="549"/>
        <source>Teacher</source>
        <translation>教师模型</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="549"/>
        <source>CUDA context</source>
        <translation>CUDA 上下文</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="280"/>
        <source>GiB per GPU</source>
        <translation>每 GPU 的 GiB</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="551"/>
        <source>Training memory per GPU</source>
        <translation>每 GPU 训练内存</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="552"/>
        <source>Tokens per sequence</source>
        <translation>每个序列的 token 数</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="555"/>
        <source>No checkpointing</source>
        <translation>不使用检查点</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="399"/>
        <location filename="../../views/trainpanel.cpp" line="555"/>
        <source>Selective checkpointing</source>
        <translation>选择性检查点</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="555"/>
        <source>Full checkpointing</source>
        <translation>完整检查点</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="555"/>
        <source>GPU memory</source>
        <translation>GPU 显存</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="559"/>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="561"/>
        <source>The memory per GPU by component, and against sequence length</source>
        <translation>每 GPU 按组件划分的内存，以及随序列长度的变化</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="562"/>
        <source>The catalog models that could be the chosen teacher&apos;s student</source>
        <translation>可作为所选教师的学生的目录模型</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="563"/>
        <source>Same tokenizer (logits)</source>
        <translation>相同分词器（logits）</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="564"/>
        <source>Any smaller model (generated text)</source>
        <translation>任意更小的模型（生成文本）</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="565"/>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="565"/>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="565"/>
        <source>Micro-batch</source>
        <translation>微批次</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="565"/>
        <source>Sequence</source>
        <translation>序列</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="566"/>
        <source>Per GPU</source>
        <translation>每 GPU</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="566"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="566"/>
        <source>Step</source>
        <translation>每步</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="567"/>
        <source>Each catalog model that could be the teacher&apos;s student, with the largest micro-batch (or, when one sequence does not fit, the longest sequence) that fits each GPU; what fits first, larger students first</source>
        <translation>每个可作为教师学生的目录模型，以及每块 GPU 放得下的最大微批次（若一个序列都放不下，则为最长序列长度）；放得下的排在前面，较大的学生排在前面</translation>
    </message>
    <message>
        <location filename="../../views/trainpanel.cpp" line="573"/>
        <source>Train</source>
        <translation>训练</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <location filename="../../views/verdictbanner.cpp" line="39"/>
        <location filename="../../views/verdictbanner.cpp" line="90"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../views/verdictbanner.cpp" line="59"/>
        <source>Cannot estimate this scenario</source>
        <translation>无法估算此场景</translation>
    </message>
</context>
</TS>
