"""Keras 1/2 compatibility blocks: the try body's binding wins, its imports are not findings."""
import sys

try:
    from keras.layers import Conv2D
except ImportError:
    from keras.layers import Convolution2D as Conv2D

try:
    from keras.utils import plot_model
except (ImportError, AttributeError):
    from keras.utils.visualize_util import plot as plot_model

try:
    from keras.layers.merge import concatenate
except ModuleNotFoundError:
    from keras.layers import merge
    concatenate = None
else:
    from keras.layers import Merge
finally:
    sys.stdout.flush()

try:
    import keras.backend as K
    channels_first = K.image_data_format() == 'channels_first'
except Exception:
    import keras.backend as K
    channels_first = K.image_dim_ordering() == 'th'

try:
    from keras import initializers
except ImportError:
    from keras import initializations as initializers

try:
    from keras.layers import TimeDistributedDense
except ValueError:
    from keras.layers import Dense as TimeDistributedDense

try:
    import tensorflow.keras as tfk
except ImportError:
    tfk = None

try:
    from keras.layers import SeparableConv2D as Separable
except ImportError:
    Separable = None


def build():
    try:
        from keras.layers import LocallyConnected2D as Local
    except ImportError:
        from keras.layers.local import LocallyConnected2D as Local
    return Local(4, 3, 3, border_mode='valid')


Conv2D(8, 3, 3)
plot_model(None, to_file='model.png')
merged = merge([1, 2], mode='sum')
Separable(8, 3, 3, depth_multiplier=1)
initializers.get('uniform')
tfk.layers.Dense(output_dim=3)
if sys.version_info > (3,):
    from keras.layers import Highway
else:
    Highway = None
Highway(activation='relu')
