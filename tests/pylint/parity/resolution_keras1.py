"""Name resolution corners: scopes, shadowing, late bindings, aliases, decorators, defaults."""
import functools

import keras
import keras.layers as KL
from keras.layers import Dense, Convolution2D as Conv
from keras import layers, models as M

OldConv = Conv
NewConv = KL.Conv2D
Alias2 = OldConv
Alias2(16, 5, 5)
NewConv(16, 5, 5, border_mode='same')
layers.core.Dense(output_dim=2)
M.Sequential().add(layers.Dense(10, input_dim=4, init='zero'))


def late_binding():
    return Late(output_dim=1), Dense(output_dim=1)


from keras.layers import Dense as Late  # noqa: E402  (bound after the function above)


def rebinding():
    Dense(output_dim=1)
    Dense = functools.partial(int)  # local from here on
    return Dense(output_dim=1)


def parameter(Conv=Conv(8, 3, 3), *args, Dense=None, **kwargs):
    return Conv(8, 3, 3), Dense(output_dim=1)


def decorated(factory):
    return factory


@decorated
def uses_decorator(layer=KL.Dense(output_dim=4)):
    return layer


def nested():
    from keras.layers import GRU

    def inner():
        return GRU(10, consume_less='mem'), Dense(output_dim=7)

    def shadowing_inner(GRU):
        return GRU(10, consume_less='mem')

    return inner, shadowing_inner


class Builder(object):
    Dense = staticmethod(len)
    width = Dense([1, 2])
    conv = Conv(8, 3, 3)
    widths = [Dense(output_dim=n) for n in range(2)]  # the class attribute, as flake8 sees it

    class Inner(object):
        inner_conv = Conv(4, 3, 3)
        inner_dense = Dense(output_dim=2)  # the enclosing class body is not visible here

    def method(self):
        return Dense(output_dim=self.width), self.Dense(output_dim=2)

    def comprehensions(self):
        squares = [Dense(output_dim=n) for n in range(3)]
        shadowed = [Dense(output_dim=1) for Dense in (len, abs)]
        nested_loops = {n: Conv(n, 3, 3) for n in range(2) for Conv in [str]}
        lazily = (KL.Dense(output_dim=n) for n in range(2))
        return squares, shadowed, nested_loops, lazily


def walrus(items):
    if (Dense := items[0]) is not None:
        return Dense(output_dim=3)
    return None


def deleted():
    Conv = Dense
    del Conv
    return Conv(output_dim=3)


def loop_variable(factories):
    for Dense in factories:
        Dense(output_dim=1)
    return Dense(output_dim=2)


def global_rebind():
    global OldConv
    OldConv = None


def with_target(path):
    with open(path) as Dense:
        return Dense(output_dim=3)


def exception_name():
    try:
        pass
    except ValueError as Conv:
        return Conv(8, 3, 3)
    return Conv(8, 3, 3)


calls = [lambda Dense: Dense(output_dim=1), lambda: Dense(output_dim=2),
         lambda size=Dense(output_dim=3): size]
keras.layers.recurrent.LSTM(10, inner_init='orthogonal').get_config()
keras.layers.Dense(5).__class__(output_dim=5)
Dense(3)(keras.layers.Input((4,))).shape
keras.models.Model(input=None, output=None).fit(None, None, nb_epoch=1)
Dense3, Conv3 = KL.Dense, KL.Convolution3D  # unpacking hides: neither is an alias
Dense3(output_dim=3)
Conv3(8, 3, 3, 3)
Hidden = KL.Dense
Hidden(output_dim=1)
Hidden = None  # functions see the module's final bindings: Hidden is not Keras there


def uses_final_binding():
    return Hidden(output_dim=1)


def conditional(legacy):
    if legacy:
        import keras.layers.core
        return keras.layers.core.Dense(output_dim=1)
    from keras import layers as L
    return L.Dense(output_dim=2), L.convolutional.Convolution2D(3, 3, 3)


@KL.Lambda
def decorated_by_keras(x):
    return x
