"""Documentation URLs of the Keras 2 replacements.

``keras.io/2/api`` is the Keras 2 reference keras.io hosts today; names only documented in
the multi-backend Keras 2.0-2.2 era (backend, generators, preprocessing, locally-connected
layers) point at the keras.io page of that era.
"""

K2 = "https://keras.io/2/api/"
ERA = "https://keras.io/"

LAYER_PAGES = {
    "Dense": "layers/core_layers/dense/",
    "Embedding": "layers/core_layers/embedding/",
    "Lambda": "layers/core_layers/lambda/",
    "InputLayer": "layers/core_layers/input/",
    "Dropout": "layers/regularization_layers/dropout/",
    "SpatialDropout1D": "layers/regularization_layers/spatial_dropout1d/",
    "SpatialDropout2D": "layers/regularization_layers/spatial_dropout2d/",
    "SpatialDropout3D": "layers/regularization_layers/spatial_dropout3d/",
    "GaussianNoise": "layers/regularization_layers/gaussian_noise/",
    "GaussianDropout": "layers/regularization_layers/gaussian_dropout/",
    "BatchNormalization": "layers/normalization_layers/batch_normalization/",
    "PReLU": "layers/activation_layers/prelu/",
    "SimpleRNN": "layers/recurrent_layers/simple_rnn/",
    "GRU": "layers/recurrent_layers/gru/",
    "LSTM": "layers/recurrent_layers/lstm/",
    "ConvLSTM2D": "layers/recurrent_layers/conv_lstm2d/",
    "TimeDistributed": "layers/recurrent_layers/time_distributed/",
    "Conv1D": "layers/convolution_layers/convolution1d/",
    "Conv2D": "layers/convolution_layers/convolution2d/",
    "Conv3D": "layers/convolution_layers/convolution3d/",
    "SeparableConv2D": "layers/convolution_layers/separable_convolution2d/",
    "Conv2DTranspose": "layers/convolution_layers/convolution2d_transpose/",
    "UpSampling1D": "layers/reshaping_layers/up_sampling1d/",
    "UpSampling2D": "layers/reshaping_layers/up_sampling2d/",
    "UpSampling3D": "layers/reshaping_layers/up_sampling3d/",
    "ZeroPadding1D": "layers/reshaping_layers/zero_padding1d/",
    "ZeroPadding2D": "layers/reshaping_layers/zero_padding2d/",
    "ZeroPadding3D": "layers/reshaping_layers/zero_padding3d/",
    "Cropping2D": "layers/reshaping_layers/cropping2d/",
    "Cropping3D": "layers/reshaping_layers/cropping3d/",
    "MaxPooling1D": "layers/pooling_layers/max_pooling1d/",
    "MaxPooling2D": "layers/pooling_layers/max_pooling2d/",
    "MaxPooling3D": "layers/pooling_layers/max_pooling3d/",
    "AveragePooling1D": "layers/pooling_layers/average_pooling1d/",
    "AveragePooling2D": "layers/pooling_layers/average_pooling2d/",
    "AveragePooling3D": "layers/pooling_layers/average_pooling3d/",
    "GlobalMaxPooling2D": "layers/pooling_layers/global_max_pooling2d/",
    "GlobalAveragePooling2D": "layers/pooling_layers/global_average_pooling2d/",
    "GlobalMaxPooling3D": "layers/pooling_layers/global_max_pooling3d/",
    "GlobalAveragePooling3D": "layers/pooling_layers/global_average_pooling3d/",
    "Add": "layers/merging_layers/add/",
    "Multiply": "layers/merging_layers/multiply/",
    "Concatenate": "layers/merging_layers/concatenate/",
    "Average": "layers/merging_layers/average/",
    "Maximum": "layers/merging_layers/maximum/",
    "Dot": "layers/merging_layers/dot/",
}

ERA_PAGES = {
    "LocallyConnected1D": "layers/local/#locallyconnected1d",
    "LocallyConnected2D": "layers/local/#locallyconnected2d",
}


def layer(name: str) -> str:
    if name in LAYER_PAGES:
        return K2 + LAYER_PAGES[name]
    return ERA + ERA_PAGES[name]


MODEL = K2 + "models/model/"
TRAINING = K2 + "models/model_training_apis/"
GENERATORS = ERA + "models/model/#fit_generator"
EVALUATE_GENERATOR = ERA + "models/model/#evaluate_generator"
PREDICT_GENERATOR = ERA + "models/model/#predict_generator"
MERGING = K2 + "layers/merging_layers/"
CORE_ERA = ERA + "layers/core/"
ADVANCED_ACTIVATIONS_ERA = ERA + "layers/advanced-activations/"
BASE_LAYER = K2 + "layers/base_layer/"
CUSTOM_LAYERS_ERA = ERA + "layers/writing-your-own-keras-layers/"
INITIALIZERS = K2 + "layers/initializers/"
REGULARIZERS = K2 + "layers/regularizers/"
CONSTRAINTS = K2 + "layers/constraints/"
METRICS = K2 + "metrics/"
LOSSES = K2 + "losses/"
OPTIMIZERS = K2 + "optimizers/"
REDUCE_LR = K2 + "callbacks/reduce_lr_on_plateau/"
UTILS = K2 + "utils/"
TO_CATEGORICAL = K2 + "utils/python_utils/"
PLOT_MODEL = K2 + "utils/model_plotting_utils/"
BACKEND_UTILS = K2 + "utils/backend_utils/"
BACKEND_ERA = ERA + "backend/"
IMAGE_ERA = ERA + "preprocessing/image/"
TEXT_ERA = ERA + "preprocessing/text/"
DATASETS = K2 + "datasets/"
APPLICATIONS = K2 + "applications/"
SKLEARN_ERA = ERA + "scikit-learn-api/"
