# Logistic regression by batch gradient descent on a generated, deterministic 2-D dataset.
# Park-Miller LCG (products stay below 2^53, so every awk computes the same numbers).
function rnd() { seed = (seed * 16807) % 2147483647; return seed / 2147483647 }
function sigmoid(z) { return 1 / (1 + exp(-z)) }
BEGIN {
  seed = 42; n = 400
  for (i = 0; i < n; i++) {
    y[i] = i % 2
    c = y[i] ? 1 : -1
    x1[i] = c + (rnd() - 0.5) * 2.4
    x2[i] = c * 0.5 + (rnd() - 0.5) * 2.4
  }
  w0 = 0; w1 = 0; w2 = 0; lr = 0.5
  for (epoch = 0; epoch < 300; epoch++) {
    g0 = 0; g1 = 0; g2 = 0
    for (i = 0; i < n; i++) {
      e = sigmoid(w0 + w1 * x1[i] + w2 * x2[i]) - y[i]
      g0 += e; g1 += e * x1[i]; g2 += e * x2[i]
    }
    w0 -= lr * g0 / n; w1 -= lr * g1 / n; w2 -= lr * g2 / n
  }
  correct = 0; loss = 0
  for (i = 0; i < n; i++) {
    p = sigmoid(w0 + w1 * x1[i] + w2 * x2[i])
    if ((p >= 0.5) == y[i]) correct++
    loss -= y[i] ? log(p) : log(1 - p)
  }
  printf "{\"bias\": %.6f, \"weights\": [%.6f, %.6f], \"epochs\": 300, \"learning_rate\": 0.5}\n", w0, w1, w2 > "out/model.json"
  printf "{\"accuracy\": %.4f, \"loss\": %.6f, \"samples\": %d}\n", correct / n, loss / n, n > "out/metrics.json"
  printf "trained: accuracy %.4f, loss %.6f\n", correct / n, loss / n
}
