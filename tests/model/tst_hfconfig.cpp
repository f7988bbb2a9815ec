#include "hfconfig.h"
#include "tensorlayout.h"

#include <QObject>
#include <QTest>

using namespace Planner;

class TestHfConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void familyDefaults()
    {
        // Qwen2's config never says so, but its q/k/v projections carry biases and o_proj does not.
        QList<ParseError> errors;
        const auto qwen = parseHfConfig(R"({"model_type":"qwen2","hidden_size":896,"intermediate_size":4864,
            "num_hidden_layers":24,"num_attention_heads":14,"num_key_value_heads":2,"vocab_size":151936,
            "tie_word_embeddings":true})",
            QStringLiteral("config.json"), &errors);
        QVERIFY2(qwen, qPrintable(messages(errors).join(u'\n')));
        QVERIFY(qwen->attention.qkvBias);
        QVERIFY(!qwen->attention.outputBias);
        QCOMPARE(qwen->attention.headDim, qint64(64));
        QCOMPARE(countParameters(*qwen).total, qint64(494032768)); // Qwen2.5-0.5B

        // Absent fields take the transformers class defaults: LlamaConfig is Llama-2-7B shaped.
        const auto llama = parseHfConfig(R"({"model_type":"llama"})", QStringLiteral("config.json"), &errors);
        QVERIFY(llama);
        QCOMPARE(llama->hiddenSize, qint64(4096));
        QCOMPARE(llama->numLayers, qint64(32));
        QCOMPARE(llama->attention.numKvHeads, qint64(32));
        QCOMPARE(countParameters(*llama).total, qint64(6738415616));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::addRow("truncated") << QByteArray(R"({"model_type":"llama","hidden_size":40)")
                                   << "config.json: is not valid JSON (truncated or malformed)";
        QTest::addRow("not an object") << QByteArray("[1,2]") << "config.json: must be a JSON object";
        QTest::addRow("missing model_type")
            << QByteArray(R"({"hidden_size":4096})") << "config.json: model_type: is missing";
        QTest::addRow("unknown model_type") << QByteArray(R"({"model_type":"rwkv7"})")
                                            << "config.json: model_type: 'rwkv7' is not a supported architecture";
        QTest::addRow("wrong type") << QByteArray(R"({"model_type":"llama","hidden_size":"4096"})")
                                    << "config.json: hidden_size: must be a number, found string";
        QTest::addRow("negative") << QByteArray(R"({"model_type":"llama","num_hidden_layers":-3})")
                                  << "config.json: num_hidden_layers: -3 is out of range (1 to 4096)";
        QTest::addRow("absurd width") << QByteArray(R"({"model_type":"llama","hidden_size":99999999999999})")
                                      << "config.json: hidden_size: 99999999999999 is out of range";
        QTest::addRow("fractional") << QByteArray(R"({"model_type":"llama","vocab_size":1.5})")
                                    << "config.json: vocab_size: must be a whole number";
        QTest::addRow("kv heads do not divide") << QByteArray(R"({"model_type":"llama","num_attention_heads":32,
            "num_key_value_heads":5})") << "config.json: num_key_value_heads: 5 does not divide the 32 attention heads";
        QTest::addRow("layer_types length") << QByteArray(R"({"model_type":"gemma3_text","num_hidden_layers":2,
            "sliding_window":512,"layer_types":["full_attention"]})")
                                            << "config.json: layer_types: has 1 entries for 2 layers";
        QTest::addRow("absurd product of valid widths")
            << QByteArray(R"({"model_type":"mixtral","hidden_size":16000000,"intermediate_size":16000000,
            "num_local_experts":60000,"num_experts_per_tok":2,"vocab_size":16000000})")
            << "config.json: model_type: these dimensions imply";
        QTest::addRow("experts per token") << QByteArray(R"({"model_type":"mixtral","num_local_experts":4,
            "num_experts_per_tok":6})") << "config.json: num_experts_per_tok: 6 exceeds the 4 experts";
    }

    void errors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QList<ParseError> errors;
        const auto spec = parseHfConfig(json, QStringLiteral("config.json"), &errors);
        QVERIFY(!spec);
        QVERIFY(!errors.isEmpty());
        QVERIFY2(errors.first().message().startsWith(expected), qPrintable(errors.first().message()));
    }

    void nestedTextConfig()
    {
        // Multimodal Gemma 3: the language model sits in text_config, the SigLIP tower in vision_config.
        QList<ParseError> errors;
        const auto spec = parseHfConfig(R"({"model_type":"gemma3","text_config":{"model_type":"gemma3_text",
            "hidden_size":2560,"intermediate_size":10240,"num_hidden_layers":34,"sliding_window":1024},
            "vision_config":{"model_type":"siglip_vision_model","hidden_size":1152,"intermediate_size":4304,
            "num_hidden_layers":27,"patch_size":14,"image_size":896}})",
            QStringLiteral("config.json"), &errors);
        QVERIFY2(spec, qPrintable(messages(errors).join(u'\n')));
        QCOMPARE(spec->modelType, QStringLiteral("gemma3_text"));
        QCOMPARE(spec->attention.headDim, qint64(256));
        QVERIFY(spec->tiedEmbeddings);
        QCOMPARE(spec->slidingLayerCount(), qint64(34 - 5));
        const ParamCounts p = countParameters(*spec);
        QCOMPARE(p.total, qint64(4300079472)); // Gemma 3 4B as published
        QCOMPARE(p.vision, qint64(419816304));
    }

    void supportedTypes()
    {
        const QStringList types = supportedModelTypes();
        for (const char* t : { "llama", "qwen3_moe", "deepseek_v3", "gpt_oss", "gemma3", "phi3", "mixtral" })
            QVERIFY2(types.contains(QLatin1String(t)), t);
    }
};

QTEST_GUILESS_MAIN(TestHfConfig)
#include "tst_hfconfig.moc"
